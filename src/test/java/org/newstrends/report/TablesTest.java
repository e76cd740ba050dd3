package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void aDeclarationThatTakesAnotherTablesFileOrSheetNameFailsAndIsNotAdded() {
        int before = Tables.all().size();
        IllegalArgumentException sameFile = assertThrows(IllegalArgumentException.class,
                () -> Tables.<VolumeRow>declare("tables/article_volume.csv", "again")
                        .column(Columns.PERIOD, VolumeRow::period).build());
        assertTrue(sameFile.getMessage().contains("tables/article_volume.csv"), sameFile.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tables.<VolumeRow>declare("other/Article_Volume.csv", "x")
                .column(Columns.PERIOD, VolumeRow::period).build());
        assertThrows(IllegalArgumentException.class, () -> Tables.<VolumeRow>declare("tables/about.csv", "x")
                .column(Columns.PERIOD, VolumeRow::period).build());
        assertEquals(before, Tables.all().size());
    }

    @Test
    void aSheetNameLongerThanAWorkbookAllowsMustBeDeclaredShorter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tables.<VolumeRow>declare("tables/a_table_name_longer_than_thirty_one.csv", "x")
                        .column(Columns.PERIOD, VolumeRow::period).build());
        assertTrue(e.getMessage().contains("sheetName"), e.getMessage());
        assertEquals(List.of(), Tables.all().stream()
                .filter(table -> table.path().contains("longer_than")).toList());
    }
}
