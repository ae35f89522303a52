package dk.ddh.hotline.guides.member;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The known_member table: the guides service's read model of membership's members. */
@Repository
class KnownMembers {

    private final JdbcClient jdbc;

    KnownMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates the member unless a newer state is already stored; true when the row changed. */
    boolean upsert(KnownMember member, Instant asOf) {
        return jdbc.sql("""
                        insert into known_member (code, name, kind, status, as_of)
                        values (:code, :name, :kind, :status, :asOf)
                        on conflict (code) do update
                        set name = excluded.name, kind = excluded.kind, status = excluded.status, as_of = excluded.as_of
                        where known_member.as_of <= excluded.as_of""")
                        .param("code", member.code())
                        .param("name", member.name())
                        .param("kind", member.kind())
                        .param("status", member.status())
                        .param("asOf", Timestamp.from(asOf))
                        .update()
                > 0;
    }

    Optional<KnownMember> find(String code) {
        return jdbc.sql("select code, name, kind, status from known_member where code = :code")
                .param("code", code)
                .query(KnownMember.class)
                .optional();
    }

    List<KnownMember> all() {
        return jdbc.sql("select code, name, kind, status from known_member order by code")
                .query(KnownMember.class)
                .list();
    }
}
