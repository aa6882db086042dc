/**
 * The statutory letters of the procedure as printable PDF (A4, Chinese, with the font embedded): the acceptance
 * notice, the notice of non-acceptance, the handling opinion, the review opinion and the re-review opinion.
 * Served to staff from {@code casework.web} and to the petitioner by the portal, hence a named interface.
 */
@org.springframework.modulith.NamedInterface("documents")
package org.xinfang.casework.documents;
