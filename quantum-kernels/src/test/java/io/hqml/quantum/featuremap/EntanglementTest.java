package io.hqml.quantum.featuremap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hqml.quantum.circuit.CircuitTemplate;
import io.hqml.quantum.circuit.Gate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntanglementTest {

    private static String text(List<int[]> tuples) {
        List<String> parts = new ArrayList<>();
        for (int[] t : tuples) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.length; i++) {
                sb.append(i == 0 ? "" : ",").append(t[i]);
            }
            parts.add(sb.append(')').toString());
        }
        return String.join(" ", parts);
    }

    @Test
    void namedPairsKeepTheirQiskitOrder() {
        assertEquals("(0,1) (1,2) (2,3)", text(Entanglement.LINEAR.pairs(4)));
        assertEquals("(3,0) (0,1) (1,2) (2,3)", text(Entanglement.CIRCULAR.pairs(4)));
        assertEquals("(0,1)", text(Entanglement.CIRCULAR.pairs(2)));
        assertEquals("(0,1) (0,2) (0,3) (1,2) (1,3) (2,3)", text(Entanglement.FULL.pairs(4)));
        assertEquals("", text(Entanglement.LINEAR.pairs(1)));
    }

    @Test
    void pairwiseIsEvenPairsThenOddPairs() {
        assertEquals("(0,1) (2,3) (1,2) (3,4)", text(Entanglement.PAIRWISE.pairs(5)));
        assertEquals("(0,1) (2,3) (4,5) (1,2) (3,4)", text(Entanglement.PAIRWISE.pairs(6)));
        assertEquals("(0,1)", text(Entanglement.PAIRWISE.pairs(2)));
        assertEquals("", text(Entanglement.PAIRWISE.pairs(1)));
        assertSame(Entanglement.PAIRWISE, Entanglement.parse(" Pairwise "));
    }

    @Test
    void tuplesFollowQiskitGetEntanglerMap() {
        assertEquals("(0) (1) (2)", text(Entanglement.FULL.tuples(3, 1)));
        assertEquals("(0) (1) (2)", text(Entanglement.CIRCULAR.tuples(3, 1)));
        assertEquals("(0,1,2) (1,2,3)", text(Entanglement.LINEAR.tuples(4, 3)));
        assertEquals("(2,3,0) (0,1,2) (1,2,3)", text(Entanglement.CIRCULAR.tuples(4, 3)));
        assertEquals("(0,1,2)", text(Entanglement.CIRCULAR.tuples(3, 3)));
        assertEquals("(0,1,2) (0,1,3) (0,2,3) (1,2,3)", text(Entanglement.FULL.tuples(4, 3)));
        assertEquals("", text(Entanglement.FULL.tuples(2, 3)));
        for (Entanglement e : Entanglement.values()) {
            assertEquals(text(e.pairs(5)), text(e.tuples(5, 2)), e.label());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Entanglement.PAIRWISE.tuples(4, 3));
        assertTrue(e.getMessage().contains("pairs only"), e.getMessage());
    }

    @Test
    void parseNamesAndPairLists() {
        assertSame(Entanglement.FULL, EntanglementSpec.parse("full"));
        EntanglementSpec spec = EntanglementSpec.parse(" [0-2, 2 - 1] ");
        assertInstanceOf(ExplicitEntanglement.class, spec);
        assertEquals("[0-2,2-1]", spec.label());
        assertEquals(spec, EntanglementSpec.parse(spec.label()));
        assertEquals("(0,2) (2,1)", text(spec.pairs(3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Entanglement.parse("ring"));
        assertEquals("unknown entanglement 'ring'; use linear, circular, full, pairwise or a pair list such as 0-1,1-2",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EntanglementSpec.parse("0-1,2"));
        assertTrue(e.getMessage().contains("cannot read entanglement pair '2'"), e.getMessage());
    }

    @Test
    void explicitPairsAreValidated() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Entanglement.explicit(List.of(new int[] {1, 1})))
                .getMessage().contains("distinct"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Entanglement.explicit(List.of(new int[] {0, 1}, new int[] {0, 1}))).getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Entanglement.explicit(List.of(new int[] {-1, 1})))
                .getMessage().contains("negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Entanglement.explicit(List.of(new int[] {0, 1, 2})))
                .getMessage().contains("exactly 2"));
        assertThrows(IllegalArgumentException.class, () -> Entanglement.explicit(List.of()));
        // Both directions are different CX entanglers, so they are allowed.
        assertEquals(2, Entanglement.explicit(List.of(new int[] {0, 1}, new int[] {1, 0})).pairs(2).size());
        ExplicitEntanglement far = Entanglement.explicit(List.of(new int[] {0, 3}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ZZFeatureMap(3, 1, far));
        assertEquals("entanglement pair (0,3) is out of range for 3 qubit(s) (0..2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> far.tuples(3, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> far.tuples(5, 3)).getMessage().contains("no 3-qubit form"));
    }

    @Test
    void explicitPairsDriveTheTemplateInOrder() {
        ExplicitEntanglement e = Entanglement.explicit(List.of(new int[] {2, 0}, new int[] {1, 2}));
        CircuitTemplate t = new ZZFeatureMap(3, 1, e).template();
        List<String> cx = new ArrayList<>();
        for (CircuitTemplate.Op op : t.ops()) {
            if (op.gate() == Gate.CX) {
                cx.add(op.qubit(0) + "-" + op.qubit(1));
            }
        }
        assertEquals(List.of("2-0", "2-0", "1-2", "1-2"), cx);
    }
}
