// The SQL migrations are imported as text by the bundlers.
/// <reference path="../migrations/sql.d.ts" />
