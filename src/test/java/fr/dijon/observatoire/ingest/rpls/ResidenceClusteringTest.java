package fr.dijon.observatoire.ingest.rpls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Single linkage, medoid and extent on hand-placed points (metres). */
class ResidenceClusteringTest {

    private final ResidenceClustering clustering = new ResidenceClustering(200);
    private final ResidenceClustering.Group group = new ResidenceClustering.Group();
    private final ResidenceClustering.Result result = new ResidenceClustering.Result();

    @Test
    void aChainOfBuildingsEachWithinTheDistanceIsOneResidenceAndAFarOneIsAnother() {
        group.add(1, 0, 0, 0, 10);
        group.add(2, 1, 150, 0, 10);
        group.add(3, 2, 300, 0, 10);      // 300 m from the first, but 150 m from the second
        group.add(4, 3, 900, 0, 5);       // 600 m from the chain

        clustering.split(group, true, result);

        assertThat(result.count).isEqualTo(2);
        assertThat(result.residenceOf[0]).isEqualTo(result.residenceOf[1]).isEqualTo(result.residenceOf[2]);
        assertThat(result.residenceOf[3]).isNotEqualTo(result.residenceOf[0]);
        int chain = result.residenceOf[0];
        assertThat(group.ids[result.medoid[chain]]).as("the middle building").isEqualTo(2);
        assertThat(result.extent[chain]).isCloseTo(150, within(1e-9));
        assertThat(result.extent[result.residenceOf[3]]).isZero();
    }

    @Test
    void theMedoidIsWeightedByDwellings() {
        group.add(1, 0, 0, 0, 100);
        group.add(2, 1, 100, 0, 1);
        group.add(3, 2, 120, 0, 1);

        clustering.split(group, true, result);

        assertThat(group.ids[result.medoid[0]]).isEqualTo(1);
        assertThat(result.extent[0]).isCloseTo(120, within(1e-9));
    }

    @Test
    void anUnlocatedPointJoinsTheResidenceOfItsAddressElseStandsByItsAddress() {
        group.add(1, 7, 0, 0, 10);
        group.add(2, 8, 1000, 0, 20);
        group.add(3, 8, Double.NaN, Double.NaN, 3);   // same address as point 2
        group.add(4, 9, Double.NaN, Double.NaN, 4);   // an address no located point has
        group.add(5, 9, Double.NaN, Double.NaN, 2);

        clustering.split(group, true, result);

        assertThat(result.count).isEqualTo(3);
        assertThat(result.residenceOf[2]).isEqualTo(result.residenceOf[1]);
        assertThat(result.residenceOf[3]).isEqualTo(result.residenceOf[4]).isNotIn(result.residenceOf[0],
                result.residenceOf[1]);
        int byAddress = result.residenceOf[3];
        assertThat(result.byAddress[byAddress]).isTrue();
        assertThat(result.medoid[byAddress]).isEqualTo(-1);
        assertThat(result.extent[byAddress]).isNaN();
    }

    @Test
    void aLargeGroupIsLinkedThroughTheGridAsPairwiseWould() {
        for (int i = 0; i < 300; i++) {
            group.add(i, i, (i % 100) * 150.0 + (i / 100) * 20_000.0, (i / 100) * 5.0, 1);
        }

        clustering.split(group, true, result);

        assertThat(result.count).isEqualTo(3);
        assertThat(result.residenceOf[0]).isEqualTo(result.residenceOf[99]).isNotEqualTo(result.residenceOf[100]);
    }

    @Test
    void anAddressGroupIsOneResidenceWhateverTheDistances() {
        group.add(1, 0, 0, 0, 5);
        group.add(2, 0, 5000, 0, 5);

        clustering.split(group, false, result);

        assertThat(result.count).isEqualTo(1);
        assertThat(result.extent[0]).isCloseTo(5000, within(1e-9));
    }
}
