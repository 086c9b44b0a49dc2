#pragma once

#include "api/apierror.h"
#include "numberpageparser.h"
#include "numberrow.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

class QThread;

// One account's numbers as last read, in an SQLite file of the data folder
// (numbers-<account>.sqlite, 0600), so the Numbers table opens at once and refreshes behind.
// Keyed by SID with date_updated; each row is one blob (far faster to read back than column
// by column) naming its repeated texts (URLs, SIDs, methods) by id in a table of texts kept
// once, so reading a row decodes no text but its SID, number and name. Reads and writes run
// on a thread of the cache's own, each on its own connection; nothing here waits on the GUI
// thread.
//
// The cache is only ever a copy: a file from an older schema, a damaged one, or one written
// for another account (the same profile signed in elsewhere) is deleted and rebuilt from the
// server, never trusted. It holds no secret (numbers and their configuration only). What the
// user makes (reviewed marks, baselines) is not kept here.
//
//     NumberCache cache(dataDir, profile.id, identity);   // identity: host and account
//     connect(&cache, &NumberCache::partLoaded, ...);     // the rows, a part at a time
//     connect(&cache, &NumberCache::loaded, ...);         // all read; when the server's were
//     cache.load();
//     cache.save(rows, pool.strings(), releasedSids, true);
class NumberCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberCache)

public:
    static constexpr int SchemaVersion = 2; // 2: texts kept once, rows name them by id

    // `accountKey` names the file (an AccountProfile id); `identity` is what the rows belong
    // to (the server's host and the account SID or project); a file of another identity is
    // dropped.
    NumberCache(const QString &folder, const QString &accountKey, const QString &identity,
                QObject *parent = nullptr);
    ~NumberCache() override;

    QString filePath() const { return m_path; }
    // About 20 ms of the GUI thread's time to take in, per part load() hands over.
    static constexpr int DefaultPartRows = 20000;
    // Rows per part (before load(); tests use small parts to see a table fill by parts).
    void setPartRows(int rows);
    // Reads every row (asynchronously): partLoaded() with the rows in pages, a part at a
    // time as they are read (so a table fills while the rest is read), then loaded() with
    // when the server's list was last read in full (invalid if never, or if the file could
    // not be used). A file found damaged part-way is dropped: loadDiscarded() says the parts
    // handed over must be forgotten, before loaded().
    void load();
    // Writes these rows and removes these SIDs, in one transaction (asynchronously);
    // `complete`: this is the server's whole list as of now (the "as of" time moves).
    // `strings` is the pool the rows' fields index.
    // `listed`, with `complete`: how many rows the whole list has (the next read makes room
    // for them at once).
    void save(const QList<NumberRow> &rows, const QList<QString> &strings,
              const QStringList &removed, bool complete, int listed = -1);
    // Waits for what was asked so far to be on disk (tests, the benchmark, quitting).
    bool waitForIdle(int timeoutMs = 30000);

    // The blob of one row, its fields given as ids of the file's texts, and back; decode()
    // refuses ids from `texts` up (the file's count).
    static QByteArray encode(const NumberRow &row, const std::array<quint32, NumberFieldCount> &ids);
    static bool decode(QByteArrayView blob, quint32 texts, NumberRow *row);

signals:
    // Before the first part: about how many rows the file holds (as of its last full save).
    void rowsExpected(int rows);
    // Pages share the file's texts: the same (implicitly shared) list in each.
    void partLoaded(const QList<NumberPage> &pages);
    void loadDiscarded();
    void loaded(const QDateTime &savedAt);
    // A write failed (a full disk): the next full read writes again. Says why.
    void saveFailed(const QString &message);

private:
    struct Worker;

    QString m_path;
    QString m_identity;
    QThread *m_thread;
    QObject *m_context; // lives in m_thread
    std::shared_ptr<Worker> m_worker;
};
