//! Operation types: what kind of statement a text is, from its first keyword,
//! for per-operation latency and for deciding what is safe to retry.

/// The kind of a statement, a fixed set so that metric labels stay bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OpKind {
    /// `SELECT`, `VALUES`, `TABLE`, `SHOW`, and `WITH` queries that only read.
    Select,
    /// `INSERT`, and `COPY … FROM`.
    Insert,
    /// `UPDATE`.
    Update,
    /// `DELETE`, `TRUNCATE`.
    Delete,
    /// `CREATE`, `ALTER`, `DROP`, `COMMENT`, `GRANT`, `REVOKE`.
    Ddl,
    /// Everything else: transaction control, `SET`, `CALL`, `DO`, `MERGE`, …
    Other,
}

impl OpKind {
    /// Every kind, in label order.
    pub const ALL: [OpKind; 6] = [
        OpKind::Select,
        OpKind::Insert,
        OpKind::Update,
        OpKind::Delete,
        OpKind::Ddl,
        OpKind::Other,
    ];

    /// The metric label of this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            OpKind::Select => "select",
            OpKind::Insert => "insert",
            OpKind::Update => "update",
            OpKind::Delete => "delete",
            OpKind::Ddl => "ddl",
            OpKind::Other => "other",
        }
    }

    /// Classifies `sql` by its first keyword, skipping leading white space,
    /// comments and parentheses. A `WITH` query counts as a read only when no
    /// data-modifying keyword follows; that errs towards "not a read", which
    /// is the safe side for retries.
    pub fn of(sql: &str) -> OpKind {
        let rest = skip_noise(sql);
        let word: String = rest
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .take(8)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match word.as_str() {
            "select" | "values" | "table" | "show" | "explain" => OpKind::Select,
            "with" => {
                let lower = rest.to_ascii_lowercase();
                let writes = ["insert", "update", "delete", "merge"].iter().any(|w| {
                    lower
                        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                        .any(|t| t == *w)
                });
                if writes {
                    OpKind::Other
                } else {
                    OpKind::Select
                }
            }
            "insert" => OpKind::Insert,
            "copy" => OpKind::Insert,
            "update" => OpKind::Update,
            "delete" | "truncate" => OpKind::Delete,
            "create" | "alter" | "drop" | "comment" | "grant" | "revoke" => OpKind::Ddl,
            _ => OpKind::Other,
        }
    }
}

/// `sql` without leading white space, `--` and `/* */` comments and `(`.
fn skip_noise(mut sql: &str) -> &str {
    loop {
        let trimmed = sql.trim_start_matches(|c: char| c.is_whitespace() || c == '(');
        if let Some(rest) = trimmed.strip_prefix("--") {
            sql = rest.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(rest) = trimmed.strip_prefix("/*") {
            sql = rest.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return trimmed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(sql: &str, expected: OpKind) {
        assert_eq!(OpKind::of(sql), expected, "{sql}");
    }

    #[test]
    fn classifies_by_first_keyword() {
        check("SELECT 1", OpKind::Select);
        check(
            "  -- note\n /* c */ (select 1) union (select 2)",
            OpKind::Select,
        );
        check("with t as (select 1) select * from t", OpKind::Select);
        check(
            "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
            OpKind::Other,
        );
        check("insert into t values (1)", OpKind::Insert);
        check("COPY t FROM STDIN BINARY", OpKind::Insert);
        check("UPDATE t SET a = 1", OpKind::Update);
        check("delete from t", OpKind::Delete);
        check("TRUNCATE t", OpKind::Delete);
        check("CREATE TABLE t (a int)", OpKind::Ddl);
        check("drop table t", OpKind::Ddl);
        check("BEGIN", OpKind::Other);
        check("", OpKind::Other);
        check("/* unterminated", OpKind::Other);
    }
}
