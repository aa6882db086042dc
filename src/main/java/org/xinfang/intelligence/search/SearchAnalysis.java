package org.xinfang.intelligence.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the full-text index (分词):
 * <ul>
 *   <li>{@link #WORDS}: smartcn's hidden-Markov word segmentation of Chinese, with English words lower-cased and
 *       Porter-stemmed ("complaints" finds "complaint") and punctuation dropped: relevance and highlighting;</li>
 *   <li>{@link #GRAMS}: the Unicode word break with full-width forms folded, every pair of adjacent Han characters a
 *       term, and Latin words and numbers whole (a part of a reference number, 0001499): what segmentation misses, a
 *       place's or a person's name cut differently in the text and in the query.</li>
 * </ul>
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String WORDS = "xinfang_words";
    public static final String GRAMS = "xinfang_grams";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).instance(new SmartChineseAnalyzer());
        context.analyzer(GRAMS).instance(new Grams());
    }

    /** Han character pairs, and Latin words and numbers whole. */
    static final class Grams extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new CJKWidthFilter(source);
            s = new LowerCaseFilter(s);
            s = new CJKBigramFilter(s);
            return new TokenStreamComponents(source, s);
        }
    }
}
