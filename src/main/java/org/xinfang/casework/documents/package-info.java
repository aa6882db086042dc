/**
 * The statutory letters of the procedure as printable PDF (A4, Chinese, with the font embedded): the acceptance
 * notice, the notice of non-acceptance, the handling opinion, the review opinion and the re-review opinion.
 * Internal to the casework module; the staff pages and the API serve them from {@code casework.web}.
 */
package org.xinfang.casework.documents;
