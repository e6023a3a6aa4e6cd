//! The keyword and function lists, built once per process into one hash
//! table shared by all threads.
//!
//! The lexer asks this module what each identifier is. Identifiers are
//! short: a letter-and-length prefilter turns most away, the rest are packed
//! into three lowercased words, hashed and compared in one or two probes.
//! A regex-automata DFA over the same list did this byte by byte through a
//! transition table too large for the L1 cache; the tests still build one
//! to check the table against.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::hash::ascii_lower_word;

macro_rules! keywords {
    ($($variant:ident = $text:literal,)*) => {
        /// A keyword or function name the rules care about; `None` for any
        /// other identifier.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        #[non_exhaustive]
        pub enum Kw {
            None,
            $($variant,)*
        }

        /// Every keyword with its lowercase spelling, in the order the
        /// hash table's key list holds them.
        pub(crate) const TABLE: &[(Kw, &str)] = &[$((Kw::$variant, $text),)*];
    };
}

keywords! {
    // Statement verbs and clauses.
    Select = "select", From = "from", Where = "where", And = "and", Or = "or",
    Not = "not", Union = "union", Intersect = "intersect", Except = "except",
    All = "all", Distinct = "distinct", Insert = "insert", Update = "update",
    Delete = "delete", Drop = "drop", Create = "create", Alter = "alter",
    Truncate = "truncate", Grant = "grant", Revoke = "revoke", Copy = "copy",
    Do = "do", Execute = "execute", Exec = "exec", With = "with",
    Values = "values", Table = "table", Into = "into", Set = "set",
    Order = "order", Group = "group", By = "by", Having = "having",
    Limit = "limit", Offset = "offset", As = "as", Case = "case", When = "when",
    Then = "then", Else = "else", End = "end", Is = "is", Null = "null",
    True = "true", False = "false", Like = "like", Ilike = "ilike", In = "in",
    Exists = "exists", Begin = "begin", Commit = "commit", Rollback = "rollback",
    Program = "program", To = "to", Cast = "cast", Returning = "returning",
    Explain = "explain", Prepare = "prepare", Declare = "declare",
    Function = "function", Procedure = "procedure", Desc = "desc", Asc = "asc",
    Stdin = "stdin", Stdout = "stdout", For = "for", Join = "join", On = "on",
    Between = "between", Using = "using", Sys = "sys", Start = "start",
    Savepoint = "savepoint", Release = "release", Show = "show", Listen = "listen",
    Notify = "notify",
    Reset = "reset", Discard = "discard",
    // Numeric types: the targets of error-based casts.
    Int = "int", Integer = "integer", Int2 = "int2", Int4 = "int4", Int8 = "int8",
    Bigint = "bigint", Smallint = "smallint", Numeric = "numeric",
    Decimal = "decimal", Float = "float", Float4 = "float4", Float8 = "float8",
    Real = "real", Double = "double", Text = "text", Varchar = "varchar",
    // Time-based probes.
    PgSleep = "pg_sleep", PgSleepFor = "pg_sleep_for", PgSleepUntil = "pg_sleep_until",
    GenerateSeries = "generate_series", Repeat = "repeat", Rpad = "rpad", Lpad = "lpad",
    // File system and out-of-band access.
    PgReadFile = "pg_read_file", PgReadBinaryFile = "pg_read_binary_file",
    PgLsDir = "pg_ls_dir", PgStatFile = "pg_stat_file", LoImport = "lo_import",
    LoExport = "lo_export", Dblink = "dblink", DblinkConnect = "dblink_connect",
    DblinkExec = "dblink_exec", DblinkSendQuery = "dblink_send_query",
    PgFileWrite = "pg_file_write", PgTerminateBackend = "pg_terminate_backend",
    DblinkConnectU = "dblink_connect_u", DblinkOpen = "dblink_open",
    // Environment probes.
    Version = "version", CurrentSetting = "current_setting",
    CurrentUser = "current_user", SessionUser = "session_user", User = "user",
    CurrentRole = "current_role",
    CurrentDatabase = "current_database", CurrentSchema = "current_schema",
    InetServerAddr = "inet_server_addr", InetServerPort = "inet_server_port",
    PgBackendPid = "pg_backend_pid", PgPostmasterStartTime = "pg_postmaster_start_time",
    PgConfLoadTime = "pg_conf_load_time", InetClientAddr = "inet_client_addr",
    InetClientPort = "inet_client_port", PostgisFullVersion = "postgis_full_version",
    PostgisVersion = "postgis_version", TxidCurrent = "txid_current",
    PgCurrentXactId = "pg_current_xact_id",
    // Credential catalogs.
    PgShadow = "pg_shadow", PgAuthid = "pg_authid", PgUser = "pg_user",
    Rolpassword = "rolpassword", Passwd = "passwd", Usename = "usename",
    // Catalogs in general.
    InformationSchema = "information_schema", PgCatalog = "pg_catalog",
    PgClass = "pg_class", PgTables = "pg_tables", PgNamespace = "pg_namespace",
    PgDatabase = "pg_database", PgProc = "pg_proc", PgRoles = "pg_roles",
    PgStatActivity = "pg_stat_activity", PgSettings = "pg_settings",
    PgAttribute = "pg_attribute", PgHbaFileRules = "pg_hba_file_rules",
    PgExtension = "pg_extension", PgAvailableExtensions = "pg_available_extensions",
    PgLanguage = "pg_language", PgFileSettings = "pg_file_settings", PgStatSsl = "pg_stat_ssl",
    PgGroup = "pg_group",
    // Extraction helpers of blind injection.
    Substr = "substr", Substring = "substring", Ascii = "ascii", Length = "length",
    OctetLength = "octet_length", CharLength = "char_length", BitLength = "bit_length",
    Left = "left", Right = "right", Concat = "concat", Md5 = "md5",
    StringAgg = "string_agg", Coalesce = "coalesce",
    // Conversions whose input check fails on text that is no number or date,
    // with the text in the error message.
    ToNumber = "to_number", ToDate = "to_date", ToTimestamp = "to_timestamp",
    Strpos = "strpos", SplitPart = "split_part",
    // Obfuscation and error-based helpers.
    Chr = "chr", QueryToXml = "query_to_xml", Xmlparse = "xmlparse",
    // The other functions that dump a query, a table, a schema or the whole
    // database as XML, which the rules read as `query_to_xml`.
    TableToXml = "table_to_xml", SchemaToXml = "schema_to_xml",
    DatabaseToXml = "database_to_xml",
    // Functions and tables of other databases: an attack tool's fingerprints.
    Sleep = "sleep", Benchmark = "benchmark", Waitfor = "waitfor", Delay = "delay",
    DbmsPipe = "dbms_pipe", DbmsLock = "dbms_lock", DbmsUtility = "dbms_utility",
    UtlInaddr = "utl_inaddr", UtlHttp = "utl_http", Ctxsys = "ctxsys",
    Dual = "dual", Nvl = "nvl", Ifnull = "ifnull", Elt = "elt", MakeSet = "make_set",
    Mid = "mid", Ord = "ord", Extractvalue = "extractvalue", Updatexml = "updatexml",
    Xmltype = "xmltype", JsonKeys = "json_keys", GtidSubset = "gtid_subset",
    Substrc = "substrc", AllUsers = "all_users", Sysibm = "sysibm",
    SqliteMaster = "sqlite_master", Msysaccessobjects = "msysaccessobjects",
    Randomblob = "randomblob", Iif = "iif", LoadFile = "load_file",
    Outfile = "outfile", Dumpfile = "dumpfile", XpCmdshell = "xp_cmdshell",
    Nchar = "nchar", Varchar2 = "varchar2", Rlike = "rlike", Mysql = "mysql",
    Sysobjects = "sysobjects", DbName = "db_name", Database = "database",
    ToPosixtime = "to_posixtime", Sqlid = "sqlid_to_sqlhash", Systimestamp = "systimestamp",
    Sysusers = "sysusers", Sysmaster = "sysmaster", RegexpSubstring = "regexp_substring",
    Fuzzbits = "fuzzbits", Isnull = "isnull", Nvarchar = "nvarchar", UserLock = "user_lock",
    ParseDataSize = "parse_data_size", Error = "error", RdbDatabase = "rdb$database",
    // Firebird's system tables in sqlmap's heavy queries.
    RdbFields = "rdb$fields", RdbTypes = "rdb$types", RdbCollations = "rdb$collations",
    RdbFunctions = "rdb$functions", RdbRelations = "rdb$relations",
    // Scripts: statements that start a DDL, DCL or maintenance script.
    Comment = "comment", Vacuum = "vacuum", Analyze = "analyze", Reindex = "reindex",
    Cluster = "cluster", Refresh = "refresh",
    // Foreign names and clause words of the grammar rules.
    Convert = "convert", Window = "window",
    Fetch = "fetch", Merge = "merge",
}

/// A table of `f` over every keyword, indexed by [`Kw::index`]: a load
/// where a `match` on the keyword may compile to a jump table, whose
/// indirect jump mispredicts (the keyword is a coin toss to the
/// predictor). `f` must be a `const fn`.
macro_rules! per_keyword {
    ($f:expr) => {{
        let mut table = [$f(crate::keywords::Kw::None); 256];
        let mut i = 0;
        while i < crate::keywords::TABLE.len() {
            let kw = crate::keywords::TABLE[i].0;
            table[kw.index()] = $f(kw);
            i += 1;
        }
        table
    }};
}
pub(crate) use per_keyword;

/// What a keyword means to the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Structure: verbs, clauses, operators spelled as words.
    Plain,
    /// A numeric type, the target of an error-based cast.
    NumericType,
    /// Makes the server wait.
    Time,
    /// Reads or writes files, or reaches other hosts.
    File,
    /// Reveals who and where the server is.
    Probe,
    /// Holds password hashes.
    Credential,
    /// A system catalog.
    Catalog,
    /// Takes a value apart character by character.
    Extract,
    /// Can make a lot of work from a large number argument.
    Heavy,
    /// A function of another database, called; a payload generator's mark.
    ForeignFn,
    /// A table or package of another database.
    ForeignName,
}

impl Kw {
    /// The rule class of this keyword: a load from a table built from
    /// [`Kw::class_of`] (its `match` compiled to a jump table, an indirect
    /// jump at every call).
    #[inline(always)]
    pub(crate) fn class(self) -> Class {
        static TABLE: [Class; 256] = per_keyword!(Kw::class_of);
        TABLE[self.index()]
    }

    /// [`Kw::class`], computed.
    pub(crate) const fn class_of(self) -> Class {
        use Kw::*;
        match self {
            Int | Integer | Int2 | Int4 | Int8 | Bigint | Smallint | Numeric | Decimal | Float
            | Float4 | Float8 | Real | Double => Class::NumericType,
            PgSleep | PgSleepFor | PgSleepUntil => Class::Time,
            PgReadFile | PgReadBinaryFile | PgLsDir | PgStatFile | LoImport | LoExport | Dblink
            | DblinkConnect | DblinkExec | DblinkSendQuery | PgFileWrite | PgTerminateBackend
            | DblinkConnectU | DblinkOpen => Class::File,
            Version
            | CurrentSetting
            | CurrentUser
            | CurrentRole
            | SessionUser
            | User
            | CurrentDatabase
            | CurrentSchema
            | InetServerAddr
            | InetServerPort
            | PgBackendPid
            | PgPostmasterStartTime
            | PgConfLoadTime
            | InetClientAddr
            | InetClientPort
            | PostgisFullVersion
            | PostgisVersion
            | TxidCurrent
            | PgCurrentXactId => Class::Probe,
            PgShadow | PgAuthid | PgUser | Rolpassword | Passwd | Usename => Class::Credential,
            InformationSchema
            | PgCatalog
            | PgClass
            | PgTables
            | PgNamespace
            | PgDatabase
            | PgProc
            | PgRoles
            | PgStatActivity
            | PgSettings
            | PgAttribute
            | PgHbaFileRules
            | PgExtension
            | PgAvailableExtensions
            | PgLanguage
            | PgFileSettings
            | PgStatSsl
            | PgGroup => Class::Catalog,
            Substr | Substring | Ascii | Length | OctetLength | CharLength | BitLength | Left
            | Right | ToNumber | ToDate | ToTimestamp | Strpos | SplitPart => Class::Extract,
            Repeat | Rpad | Lpad | GenerateSeries => Class::Heavy,
            Sleep | Benchmark | Elt | MakeSet | Mid | Ord | Extractvalue | Updatexml | Xmltype
            | JsonKeys | GtidSubset | Substrc | Nvl | Ifnull | Randomblob | Iif | LoadFile
            | DbName | Database | ToPosixtime | Sqlid | RegexpSubstring | Fuzzbits | Isnull
            | ParseDataSize | Error => Class::ForeignFn,
            Waitfor | DbmsPipe | DbmsLock | DbmsUtility | UtlInaddr | UtlHttp | Ctxsys | Dual
            | AllUsers | Sysibm | SqliteMaster | Msysaccessobjects | Outfile | Dumpfile
            | XpCmdshell | Nchar | Varchar2 | Rlike | Mysql | Sysobjects | Systimestamp
            | Sysusers | Sysmaster | Nvarchar | UserLock | RdbDatabase | RdbFields | RdbTypes
            | RdbCollations | RdbFunctions | RdbRelations => Class::ForeignName,
            _ => Class::Plain,
        }
    }
}

impl Kw {
    /// Whether `"name"`, this keyword's lowercase spelling in double
    /// quotes, means to PostgreSQL what the bare word does: an ordinary
    /// function, relation, column or type name (`"pg_sleep"(5)`,
    /// `FROM "pg_shadow"`, `::"int4"`). Not SQL syntax (`"select"`,
    /// `"current_user"` and `"coalesce"` are plain names once quoted), nor
    /// the names of other databases.
    pub(crate) const fn quoted_means_same(self) -> bool {
        use Kw::*;
        match self.class_of() {
            Class::Time
            | Class::File
            | Class::Credential
            | Class::Catalog
            | Class::Extract
            | Class::Heavy => true,
            Class::Probe => !matches!(self, CurrentUser | CurrentRole | SessionUser | User),
            Class::NumericType => matches!(self, Int2 | Int4 | Int8 | Float4 | Float8 | Numeric),
            Class::Plain => matches!(
                self,
                Chr | QueryToXml
                    | TableToXml
                    | SchemaToXml
                    | DatabaseToXml
                    | Md5
                    | StringAgg
                    | Concat
                    | Text
                    | Varchar
            ),
            Class::ForeignFn | Class::ForeignName => false,
        }
    }

    /// The keyword's place in the tables of [`per_keyword`]: below 256
    /// (a test checks there are fewer keywords).
    #[inline(always)]
    pub(crate) const fn index(self) -> usize {
        self as u8 as usize
    }
}

/// The longest keyword; longer identifiers skip the table.
const MAX_LEN: usize = 24;

/// How many times the shared keyword table has been built in this process.
static BUILDS: AtomicUsize = AtomicUsize::new(0);

/// Slots in the table, as a power of two: 2^11, ten times the number of
/// keywords, leaves room for a multiplier under which no two keywords share
/// a slot.
const SLOT_BITS: u32 = 11;
const SLOTS: usize = 1 << SLOT_BITS;

/// The hash multiplier under which no two keywords share a slot, found by
/// [`perfect_multiplier`] (the 3,502,480th candidate) and written down so that
/// the build does not search. Adding a keyword may need a new one; a test
/// says so.
const MULTIPLIER: u64 = 0x5644_ebee_ebdf_99bb;

/// A keyword as the lookup compares it: lowercase, zero-padded to three
/// words, with its length.
#[derive(Clone, Copy, Default)]
struct Key {
    words: [u64; 3],
    len: usize,
}

impl Key {
    /// What the slot hash multiplies: the first word, the length and, for
    /// long keys, the second word (`inet_server_addr` and
    /// `inet_server_port` share their first word and length).
    fn mix(&self) -> u64 {
        mix(self.words[0], self.len, self.words[1])
    }
}

#[inline(always)]
fn mix(first: u64, len: usize, second: u64) -> u64 {
    first ^ len as u64 ^ second.rotate_left(1)
}

/// The keywords in a perfect hash table: every keyword has a slot of its
/// own, so a lookup is one probe and one compare, with no loop; an
/// identifier that is no keyword fails the compare (or finds the empty
/// entry 0). This replaced linear probing, whose probe loop took a third
/// more steps than lookups and whose exit branch mispredicted.
///
/// The probe reads `slots` (2 KiB) and `heads`, `lens` and `kws` (2.5 KiB);
/// `tails` is read only for the few keywords over 8 bytes, so the hot part
/// stays in L1. The entry arrays have 256 rows so that a `u8` index needs
/// no bounds check.
pub(crate) struct Table {
    /// Per slot, the keyword's row in the arrays below; 0 for none.
    slots: [u8; SLOTS],
    /// Per row: the first word of a key of up to 8 bytes (0 in the empty
    /// row 0, whose keyword is `None`; all ones for longer keys, which no
    /// text has: 0xff is never UTF-8), its length, the keyword; for longer
    /// keys, the first word and the other words. A short identifier's
    /// first word is zero-padded and holds no zero byte, so it also says
    /// the length: the short lookup compares the head alone, 3 instructions
    /// fewer per identifier.
    heads: [u64; 256],
    long_heads: [u64; 256],
    lens: [u8; 256],
    kws: [Kw; 256],
    tails: [[u64; 2]; 256],
    /// A bit per slot: whether a keyword over 8 bytes has the first word
    /// and length that hash to it (without the second word). Most long
    /// identifiers are column names that no keyword shares a first word
    /// and length with; this turns them away before the second word is
    /// loaded, which cost 170 instructions per long identifier.
    long: [u64; SLOTS / 64],
    multiplier: u64,
    built_in: Duration,
}

static SHARED: LazyLock<Box<Table>> = LazyLock::new(|| {
    let table = Box::new(build_table());
    BUILDS.fetch_add(1, Ordering::Relaxed);
    table
});

/// The shared table, built on first use. Callers fetch it once per
/// statement: the `LazyLock` check per identifier cost about 60
/// instructions per statement.
#[inline]
pub(crate) fn table() -> &'static Table {
    &SHARED
}

/// Packs up to 24 bytes, ASCII letters lowercased, into three words.
fn key(ident: &[u8]) -> Key {
    key_in(ident, 0, ident.len().min(8 * 3))
}

/// [`key`] of `all[start..end]` (at most 24 bytes), read with 8-byte loads
/// where the input allows, so that no copy is needed.
#[inline]
fn key_in(all: &[u8], start: usize, end: usize) -> Key {
    let len = end - start;
    let first = ascii_lower_word(load_word(all, start, len.min(8)));
    if len <= 8 {
        // Most keywords and identifiers fit one word.
        return Key {
            words: [first, 0, 0],
            len,
        };
    }
    let words = [
        first,
        ascii_lower_word(load_word(all, start + 8, (len - 8).min(8))),
        ascii_lower_word(load_word(all, start + 16, len.saturating_sub(16).min(8))),
    ];
    Key { words, len }
}

/// The `n` (at most 8) bytes at `all[at..]` as a little-endian word.
#[inline]
fn load_word(all: &[u8], at: usize, n: usize) -> u64 {
    if n == 0 {
        return 0;
    }
    if let Some(chunk) = all.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        return if n == 8 {
            word
        } else {
            word & ((1u64 << (8 * n)) - 1)
        };
    }
    all.get(at..at + n)
        .unwrap_or_default()
        .iter()
        .rev()
        .fold(0, |word, &b| (word << 8) | u64::from(b))
}

#[inline(always)]
fn slot(mix: u64, multiplier: u64) -> usize {
    // The shift leaves `SLOT_BITS` bits: the conversion never fails.
    usize::try_from(mix.wrapping_mul(multiplier) >> (64 - SLOT_BITS)).unwrap_or(0)
}

/// Whether no two of `keys` share a slot under `multiplier`.
fn is_perfect(keys: &[Key], multiplier: u64) -> bool {
    let mut taken = [false; SLOTS];
    keys.iter().all(|k| {
        let s = slot(k.mix(), multiplier);
        !std::mem::replace(&mut taken[s], true)
    })
}

/// The first of a fixed sequence of odd multipliers (splitmix64 from 0)
/// under which no two of `keys` share a slot, with its place in the
/// sequence.
fn perfect_multiplier(keys: &[Key]) -> (u64, usize) {
    let mut state = 0u64;
    for n in 1.. {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        let multiplier = (z ^ (z >> 31)) | 1;
        if is_perfect(keys, multiplier) {
            return (multiplier, n);
        }
    }
    unreachable!("the sequence is endless")
}

fn build_table() -> Table {
    let started = Instant::now();
    let keys: Vec<Key> = TABLE
        .iter()
        .map(|&(_, text)| key(text.as_bytes()))
        .collect();
    // Searches only when a new keyword broke the written-down multiplier
    // (a test catches that, so that the search never runs in production).
    let multiplier = if is_perfect(&keys, MULTIPLIER) {
        MULTIPLIER
    } else {
        perfect_multiplier(&keys).0
    };
    let mut table = Table {
        slots: [0; SLOTS],
        heads: [0; 256],
        long_heads: [0; 256],
        lens: [0; 256],
        kws: [Kw::None; 256],
        tails: [[0; 2]; 256],
        long: [0; SLOTS / 64],
        multiplier,
        built_in: Duration::ZERO,
    };
    for (row, (&(kw, _), k)) in TABLE.iter().zip(&keys).enumerate() {
        // Row 0 is the empty entry; fewer than 255 keywords (a test checks).
        let row = row + 1;
        table.slots[slot(k.mix(), multiplier)] = u8::try_from(row).unwrap_or(0);
        // Keywords are at most `MAX_LEN` bytes (checked by a test).
        table.lens[row] = u8::try_from(k.len).unwrap_or(u8::MAX);
        if k.len <= 8 {
            table.heads[row] = k.words[0];
        } else {
            table.heads[row] = u64::MAX;
            table.long_heads[row] = k.words[0];
        }
        table.kws[row] = kw;
        table.tails[row] = [k.words[1], k.words[2]];
        if k.len > 8 {
            let s = slot(mix(k.words[0], k.len, 0), multiplier);
            table.long[s / 64] |= 1 << (s % 64);
        }
    }
    table.built_in = started.elapsed();
    table
}

/// Builds a fresh, private copy of the keyword table and returns its size
/// in bytes.
///
/// The guard never calls this: it uses the one shared table. It exists so
/// that benchmarks can measure what first use costs.
pub fn compile_keywords() -> usize {
    let table = build_table();
    std::mem::size_of_val(&table)
}

/// The regex-automata DFA over the same list that the table replaced; the
/// tests check the table against it.
#[cfg(test)]
fn build_dfa() -> regex_automata::dfa::dense::DFA<Vec<u32>> {
    use regex_automata::MatchKind;
    use regex_automata::dfa::{StartKind, dense};
    use regex_automata::util::syntax;

    // Keywords are letters, digits, `_` and `$` (`rdb$database`), of which
    // only `$` means something to a regex.
    let patterns: Vec<String> = TABLE
        .iter()
        .map(|(_, text)| format!("{}$", text.replace('$', "\\$")))
        .collect();
    dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                .match_kind(MatchKind::LeftmostFirst)
                .minimize(false),
        )
        .syntax(
            syntax::Config::new()
                .case_insensitive(true)
                .unicode(false)
                .utf8(false),
        )
        .build_many(&patterns)
        // The patterns are fixed words checked by this module's tests; a
        // failure here is a bug in this file, not an input error.
        .expect("keyword patterns compile")
}

/// Looks up an identifier (unquoted, any case).
#[cfg(test)]
fn lookup(ident: &[u8]) -> Kw {
    table().lookup(ident, 0, ident.len(), first_word(ident, 0, ident.len()))
}

/// The first (up to) 8 bytes of `all[start..end]`, ASCII letters
/// lowercased, as a little-endian word: the lookup's hash key, and what the
/// fingerprint hashes for a short identifier (the lexer gets it from
/// the load that finds the identifier's end).
#[cfg(test)]
fn first_word(all: &[u8], start: usize, end: usize) -> u64 {
    ascii_lower_word(load_word(all, start, end.saturating_sub(start).min(8)))
}

impl Table {
    /// Looks up the identifier `all[start..end]` (unquoted, any case)
    /// whose [`first_word`] is `first`.
    // Always inlined into the lexer's identifier arm: it runs once per
    // identifier, and the call cost about as much as the probe.
    #[inline(always)]
    pub(crate) fn lookup(&self, all: &[u8], start: usize, end: usize, first: u64) -> Kw {
        // `end >= start` for every caller: a plain subtraction, without
        // the compare and select of a saturating one.
        let len = end.wrapping_sub(start);
        if len <= 8 {
            return self.lookup_short(first, len);
        }
        let s = slot(mix(first, len, 0), self.multiplier);
        if self.long[s / 64] & (1 << (s % 64)) == 0 {
            return Kw::None;
        }
        self.lookup_long(all, start, end, first)
    }

    /// [`Table::lookup`] of an identifier of `len` bytes, at most 8, whose
    /// first word is `first`: for the lexer's path of short identifiers,
    /// which knows the length is small and needs no test of it.
    #[inline(always)]
    pub(crate) fn lookup_short(&self, first: u64, len: usize) -> Kw {
        let row = usize::from(self.slots[slot(mix(first, len, 0), self.multiplier)]);
        // The first word says the length (see `heads`). A select of the
        // row, not a branch: whether a word is a keyword is the kind of
        // coin toss a predictor gets wrong; row 0's keyword is `None`.
        let hit = usize::from(self.heads[row] == first);
        self.kws[row * hit]
    }

    /// [`Table::lookup`] of an identifier over 8 bytes. Out of line:
    /// inlined, the compiler hoisted its loads and masks into the short
    /// path.
    #[cold]
    #[inline(never)]
    fn lookup_long(&self, all: &[u8], start: usize, end: usize, first: u64) -> Kw {
        let len = end - start;
        if len > MAX_LEN {
            return Kw::None;
        }
        let second = ascii_lower_word(load_word(all, start + 8, (len - 8).min(8)));
        let row = usize::from(self.slots[slot(mix(first, len, second), self.multiplier)]);
        if self.long_heads[row] != first || usize::from(self.lens[row]) != len {
            return Kw::None;
        }
        // The third word only for a likely match.
        let third = ascii_lower_word(load_word(all, start + 16, len.saturating_sub(16)));
        if self.tails[row] == [second, third] {
            self.kws[row]
        } else {
            Kw::None
        }
    }
}

/// Builds the shared keyword table now, if no thread has yet, and says how long the
/// build took.
///
/// Checking a statement builds it on first use anyway; call this at startup
/// to keep that cost off the first request.
pub fn warm_up() -> Duration {
    SHARED.built_in
}

/// How many times this process has built the shared keyword table (the name
/// predates the table: it was a DFA): 0 before first
/// use, 1 ever after, whatever the number of threads.
pub fn automaton_builds() -> usize {
    BUILDS.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expected: Kw) {
        assert_eq!(lookup(input.as_bytes()), expected, "{input}");
    }

    #[test]
    fn words_are_found_whole_and_in_any_case() {
        check("select", Kw::Select);
        check("SeLeCt", Kw::Select);
        check("selection", Kw::None);
        check("selec", Kw::None);
        check("pg_sleep", Kw::PgSleep);
        check("PG_SLEEP_FOR", Kw::PgSleepFor);
        check("information_schema", Kw::InformationSchema);
        check("users", Kw::None);
        check("x", Kw::None);
        check("", Kw::None);
        // The first 8 bytes of long keywords, and 8-byte keywords that
        // start long ones.
        for short in ["current_", "inet_ser", "dblink_c", "pg_sleep", "pg_stat_"] {
            let expected = TABLE
                .iter()
                .find(|(_, t)| *t == short)
                .map_or(Kw::None, |e| e.0);
            check(short, expected);
            check(&short.to_uppercase(), expected);
        }
    }

    #[test]
    fn every_table_entry_maps_to_itself() {
        for &(kw, text) in TABLE {
            check(text, kw);
            assert!(text.len() <= MAX_LEN, "{text} is longer than MAX_LEN");
        }
    }

    #[test]
    fn table_agrees_with_dfa() {
        use regex_automata::dfa::Automaton;
        use regex_automata::{Anchored, Input};

        assert!(TABLE.len() < usize::from(u8::MAX));
        let dfa = build_dfa();
        let mut words: Vec<String> = TABLE.iter().map(|(_, t)| t.to_uppercase()).collect();
        for (_, text) in TABLE {
            words.push(format!("{text}x"));
            words.push(text[..text.len() - 1].to_owned());
            words.push(format!("{text}$"));
        }
        words.extend(["", "@", "sélect", "SELECT\u{0}", "pg_sleeq"].map(String::from));
        for word in &words {
            let input = Input::new(word).anchored(Anchored::Yes);
            let expected = dfa
                .try_search_fwd(&input)
                .unwrap()
                .filter(|m| m.offset() == word.len())
                .map_or(Kw::None, |m| TABLE[m.pattern().as_usize()].0);
            assert_eq!(lookup(word.as_bytes()), expected, "{word}");
        }
    }

    #[test]
    fn the_written_down_multiplier_is_perfect() {
        let keys: Vec<Key> = TABLE
            .iter()
            .map(|&(_, text)| key(text.as_bytes()))
            .collect();
        assert!(TABLE.len() < 255);
        assert!(
            is_perfect(&keys, MULTIPLIER),
            "keywords changed: set MULTIPLIER to {:#x}",
            perfect_multiplier(&keys).0
        );
        assert_eq!(perfect_multiplier(&keys), (MULTIPLIER, 3_502_480));
    }

    #[test]
    fn builds_once() {
        let _ = warm_up();
        let handles: Vec<_> = (0..4).map(|_| std::thread::spawn(warm_up)).collect();
        for handle in handles {
            handle.join().unwrap();
        }
        assert_eq!(automaton_builds(), 1);
    }
}
