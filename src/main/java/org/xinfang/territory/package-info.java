/**
 * Territory (属地): the administrative tree (city → county → township → village), the departments at
 * city and county level, staff accounts with their home unit and roles, and who may see what.
 * Loaded from a versioned data file that an administrator can replace with their own city.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package org.xinfang.territory;
