#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The sandbox's SQLite file (`<dataDir>/sandbox.sqlite`, WAL): schema, the meta table
// (credentials, seed marker) and transactions. Each SandboxServer opens its own named
// connection on the thread that calls start(); the families' APIs run their SQL on it.
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    bool open(const QString &filePath, QString *error);
    void close();
    bool isOpen() const;
    QSqlDatabase db() const;
    // SQLite's own handle of the connection (a sqlite3 *) when Qt's driver runs on the very
    // library the sandbox was built against, else null. The bulk paths (seeding, pages of
    // numbers) go through it: QSqlQuery's per-value QVariants cost more than SQLite itself.
    void *sqliteHandle() const { return m_sqlite; }

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // True when no family holds any record: a demo seed may fill it.
    bool hasNoRecords() const;

    // For a bulk load into an empty table, inside the caller's transaction: drops those of
    // the indexes `names` that exist and sets *recreate to the statements that make them
    // again, for run() once the rows are in. Made in one sort each, an index of random keys
    // (a SID, a phone number) costs a fraction of growing it row by row.
    bool dropIndexes(const QStringList &names, QStringList *recreate, QString *error);
    bool run(const QStringList &statements, QString *error);

    bool transaction();
    bool commit();
    void rollback();

private:
    bool createSchema(QString *error);

    QString m_connectionName;
    void *m_sqlite = nullptr;
};

// Formats a failed query's error for logs and start errors (never holds secrets).
class QSqlQuery;
QString describeSqlError(const QSqlQuery &query);
