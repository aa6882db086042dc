/**
 * Prevention (源头治理): the register of latent disputes (矛盾纠纷排查) found in the monthly investigations, and the
 * social stability risk assessments (社会稳定风险评估) of major projects and decisions, whose level the matters arising
 * from them raise (the seed's "hidden-danger intervention", 隐患期介入). It reaches matters only through casework's
 * public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prevention")
package org.xinfang.prevention;
