package com.northstar.parking.park;

import com.northstar.platform.core.error.ApiException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class Parks {

    private final JdbcClient jdbc;

    Parks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrgView> orgs(String parkId, String parentOrgCode) {
        String parkName = parkName(parkId);
        boolean firstLevel = parentOrgCode == null || parentOrgCode.isBlank();
        return jdbc.sql("SELECT id, park_id, name, org_code, level_code, parent_level_code, level, is_leaf, is_used "
                        + "FROM park_org WHERE park_id = ? AND "
                        + (firstLevel ? "parent_org_code IS NULL" : "parent_org_code = ?") + " ORDER BY sort, id")
                .params(firstLevel ? List.of(parkId) : List.of(parkId, parentOrgCode))
                .query((rs, row) -> new OrgView(rs.getString("id"), rs.getString("park_id"), parkName,
                        rs.getString("name"), rs.getString("org_code"), rs.getString("level_code"),
                        rs.getString("parent_level_code"), rs.getString("level"), rs.getString("is_leaf"),
                        rs.getString("is_used")))
                .list();
    }

    List<ExtraConfigView> extraConfig(String parkId) {
        parkName(parkId);
        return jdbc.sql("SELECT id, name, code, type FROM park_extra_config WHERE park_id = ? ORDER BY code")
                .param(parkId)
                .query((rs, row) -> new ExtraConfigView(rs.getString("id"), rs.getString("name"),
                        rs.getString("code"), rs.getString("type")))
                .list();
    }

    /** The documents a renewal at this park must or may carry, by code order. */
    public List<ExtraDocument> documents(String parkId) {
        return jdbc.sql("SELECT code, name, type, required FROM park_extra_config WHERE park_id = ? ORDER BY code")
                .param(parkId)
                .query((rs, row) -> new ExtraDocument(rs.getString("code"), rs.getString("name"),
                        ExtraDocument.IMAGE.equals(rs.getString("type")), rs.getBoolean("required")))
                .list();
    }

    /** 400 without an id, 404 for an unknown park. */
    private String parkName(String parkId) {
        if (parkId == null || parkId.isBlank()) {
            throw ApiException.badRequest("missing required field pmParkId");
        }
        return jdbc.sql("SELECT name FROM park WHERE id = ?").param(parkId).query(String.class).optional()
                .orElseThrow(() -> ApiException.notFound("no such park"));
    }
}
