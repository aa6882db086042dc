package org.xinfang.intelligence.classifier;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The model learns words that tell categories apart, keeps its scores when saved and read back, and says how sure it is. */
class CategoryModelTest {

    private final TextFeatures features = new TextFeatures();

    private static List<ModelTraining.Example> examples() {
        String[][] kinds = {
                {"WAGES", "拖欠工资", "工地老板拖欠农民工工资三个月，至今不发，请求帮助讨薪。"},
                {"SCHOOL", "学校收费", "孩子所在学校乱收补课费和资料费，家长负担很重，请教育局查处。"},
                {"ROADS", "道路破损", "村里通往镇上的公路坑洼不平，雨天车辆无法通行，请交通部门维修。"}};
        List<ModelTraining.Example> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (String[] k : kinds) {
                out.add(new ModelTraining.Example(k[1] + i, k[2] + "第" + i + "次反映。", k[0]));
            }
        }
        return out;
    }

    @Test
    void aTrainedModelPutsTheRightCategoryFirstAndItsProbabilitiesSumToOne() {
        ModelTraining.Result r = new ModelTraining(features).trainAndMeasure(examples(), 3, 1, ModelTraining.ProgressListener.NONE);
        List<CategoryModel.Scored> scored = r.model().score(features, "工资", "包工头拖欠我们的工资不发");
        assertThat(scored.get(0).label()).isEqualTo("WAGES");
        assertThat(scored.stream().mapToDouble(CategoryModel.Scored::probability).sum()).isCloseTo(1, within(1e-9));
        assertThat(scored).isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
        assertThat(r.metrics().examples()).isEqualTo(36);
        assertThat(r.metrics().folds()).isEqualTo(3);
        assertThat(r.metrics().accuracy()).isGreaterThan(0.9);
        assertThat(r.metrics().labels()).extracting(ModelMetrics.LabelMetrics::label).containsExactly("ROADS", "SCHOOL", "WAGES");
        assertThat(r.metrics().confidence()).extracting(ModelMetrics.AtConfidence::coverage)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aModelSavedAndReadBackScoresExactlyAsBefore() {
        CategoryModel model = new ModelTraining(features).trainAndMeasure(examples(), 3, 1,
                ModelTraining.ProgressListener.NONE).model();
        CategoryModel read = CategoryModel.fromBytes(model.toBytes());
        for (String text : List.of("学校乱收费", "公路坏了没人修", "老板不给钱", "")) {
            assertThat(read.score(features, null, text)).isEqualTo(model.score(features, null, text));
        }
        assertThat(read.labels()).isEqualTo(model.labels());
        assertThat(read.features()).isEqualTo(model.features()).isPositive();
    }

    @Test
    void aTextWithNothingTheModelKnowsIsScoredEvenlyNotConfidently() {
        CategoryModel model = new ModelTraining(features).trainAndMeasure(examples(), 3, 1,
                ModelTraining.ProgressListener.NONE).model();
        assertThat(model.score(features, "", "").get(0).probability()).isLessThan(0.5);
    }

    @Test
    void theBucketsKeptAreThoseThatTellTheLabelsApart() {
        // bucket 1 is in every text of label 0, bucket 2 in half the texts of each label, bucket 3 in one text
        List<java.util.Map<Integer, Double>> docs = new ArrayList<>();
        int[] y = new int[20];
        for (int i = 0; i < 20; i++) {
            y[i] = i < 10 ? 0 : 1;
            java.util.Map<Integer, Double> d = new java.util.HashMap<>();
            if (i < 10) {
                d.put(1, 1.0);
            }
            if (i % 2 == 0) {
                d.put(2, 1.0);
            }
            if (i == 3) {
                d.put(3, 1.0);
            }
            docs.add(d);
        }
        List<Integer> rows = java.util.stream.IntStream.range(0, 20).boxed().toList();
        assertThat(ModelTraining.chiSquareBest(new int[]{1, 2, 3}, docs, y, rows, 2, 0.34, 0)).containsExactly(1);
        assertThat(ModelTraining.chiSquareBest(new int[]{1, 2, 3}, docs, y, rows, 2, 0.67, 0)).containsExactly(1, 3);
        assertThat(ModelTraining.chiSquareBest(new int[]{1, 2, 3}, docs, y, rows, 2, 0.34, 3)).containsExactly(1, 2, 3);
    }

    @Test
    void foldsShareEachLabelOutEvenly() {
        int[] y = new int[30];
        Arrays.fill(y, 20, 30, 1);
        int[] fold = ModelTraining.stratifiedFolds(y, 2, 5, 7);
        for (int k = 0; k < 5; k++) {
            int f = k;
            assertThat(java.util.stream.IntStream.range(0, 30).filter(i -> fold[i] == f && y[i] == 0).count()).isEqualTo(4);
            assertThat(java.util.stream.IntStream.range(0, 30).filter(i -> fold[i] == f && y[i] == 1).count()).isEqualTo(2);
        }
    }

    @Test
    void evaluatingOnALabelTheModelNeverLearntIsRefusedNamingIt() {
        CategoryModel model = new ModelTraining(features).trainAndMeasure(examples(), 3, 1,
                ModelTraining.ProgressListener.NONE).model();
        assertThatThrownBy(() -> ModelTool.evaluate(model, features,
                List.of(new ModelTraining.Example("", "医院", "HEALTH")))).hasMessageContaining("HEALTH");
    }

    @Test
    void aFileThatIsNotAModelIsRefused() {
        assertThatThrownBy(() -> CategoryModel.fromBytes(new byte[]{1, 2, 3})).isInstanceOf(RuntimeException.class);
    }
}
