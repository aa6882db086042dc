/**
 * The statute (法规): every rule of the Regulations on Letters and Visits that the software enforces,
 * in one place, named after what it means, with the article it comes from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statute")
package org.xinfang.statute;
