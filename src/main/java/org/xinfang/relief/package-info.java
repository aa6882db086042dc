/**
 * The relief fund (救助, 2022 art. 37 ¶2): yearly budgets per unit, applications for petitioners in real hardship with
 * an approval chain, referral to social assistance or judicial aid, and an append-only double-entry ledger of every
 * movement of money. It reaches matters only through casework's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relief fund")
package org.xinfang.relief;
