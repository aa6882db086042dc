/**
 * Platform: the plumbing every module uses and no business rule lives in: the embedded database,
 * time, errors as problem details, languages, security.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.xinfang.platform;
