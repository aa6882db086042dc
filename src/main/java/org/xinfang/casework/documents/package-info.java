/**
 * The statutory letters of the procedure as printable PDF (A4, Chinese, with the font embedded): the acceptance
 * notice, the notice of non-acceptance, the handling opinion, the review opinion and the re-review opinion; and the
 * documents of the steps around them: the extension notice, the transfer and assignment letters, the visit receipt, the
 * interview record and the supervision notice.
 * Served to staff from {@code casework.web} and to the petitioner by the portal, hence a named interface.
 */
@org.springframework.modulith.NamedInterface("documents")
package org.xinfang.casework.documents;
