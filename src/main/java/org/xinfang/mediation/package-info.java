/**
 * Mediation (调解, the seed's "four-tone linkage" 四调联动; 2022 arts 33, 37 ¶1): sessions of people's, administrative,
 * judicial and petition mediation on a matter; the mediation or settlement agreement made from a session that agreed,
 * printed as PDF and signed by each party; the judicial confirmation of a mediation agreement (People's Mediation Law
 * art. 33); and the matters settled through mediation, counted by year, kind and county. It reads matters only through
 * casework's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mediation")
package org.xinfang.mediation;
