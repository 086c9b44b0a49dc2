#pragma once

#include "api/apierror.h"
#include "api/accountclient.h"
#include "api/listmodel.h"
#include "numberpageparser.h"
#include "numberrows.h"
#include "numberrow.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QTimer>

class AccountClient;
class JobProgress;
class NumberCache;
class NumberLoader;
struct IncomingNumber;

// Every number of one Twilio or SignalWire account, for bulk review: streamed in whole from
// the server (NumberLoader: pages read off the GUI thread into compact rows, handed over in
// batches), and kept in an SQLite cache (NumberCache) so the table opens at once from the
// last visit and refreshes behind it, applying only what changed: numbers added, changed
// (dataChanged on their rows) and released (their rows leave). Sorting and filtering are a
// NumberFilterModel's (keys computed once per row); each row's problems were checked when it
// arrived (NumberChecks).
//
//     NumberTableModel model(client, cache);        // neither owned; cache may be null
//     view->setModel(&model);                       // (through a NumberFilterModel)
//     model.startLoading();                         // the cache at once, then the server
//     connect(model.job(), ...);                    // progress, Cancel
class NumberTableModel final : public ListModel, public NumberRows
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberTableModel)

public:
    enum Column {
        NumberColumn,
        ProblemsColumn, // an icon per problem, the words on hover
        FriendlyNameColumn,
        RegionColumn,
        VoiceColumn,
        SmsColumn,
        CapabilitiesColumn,
        EmergencyColumn,
        CreatedColumn,
        AccountColumn, // the account's name: shown in All numbers only
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        NumberRole = Qt::UserRole + 1, // the IncomingNumber
        SidRole,
        ProblemsRole,  // NumberChecks::Problem bits (quint32)
        AttentionRole, // true when it has a problem
        E164Role,
    };

    NumberTableModel(AccountClient *client, NumberCache *cache, QObject *parent = nullptr);
    ~NumberTableModel() override;

    // The table of this client's numbers that every view of it shares (Numbers, All
    // numbers), made on first use as the client's child, with its cache in `dataFolder`
    // (none when empty). GUI thread only.
    static NumberTableModel *forClient(AccountClient *client, const QString &dataFolder);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // A column's title ("Number"), for every table of numbers.
    static QString columnTitle(int column);

    // --- NumberRows: one part, itself ---
    int partCount() const override { return 1; }
    NumberTableModel *part(int) const override { return const_cast<NumberTableModel *>(this); }
    QString partName(int) const override { return m_accountName; }
    std::pair<int, int> locate(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? std::pair{0, row} : std::pair{-1, -1};
    }

    // --- ListModel ---
    void startLoading() override;
    bool isLoading() const override;
    bool hasLoadedFirstPage() const override { return m_firstRows; }
    bool isAtEnd() const override { return m_complete; }
    ApiError lastError() const override { return m_lastError; }
    // Reads the whole account again and applies what changed (the rows stay meanwhile).
    void reload() override;
    void retry() override;
    // Stops the load in progress: the rows read so far stay, marked incomplete.
    void cancel();

    AccountClient *client() const { return m_client; }
    // Numbers asked for per page (1 to 1,000; the default 1,000).
    void setPageSize(int size);
    ApiFamily family() const;
    // What the status bar shows while the account loads (text, rows of about how many, Cancel).
    JobProgress *job() const { return m_job; }
    // The rows came from the cache and the server's list has not been read in full since:
    // as of cachedAt(). False once a refresh has gone through.
    bool isFromCache() const { return m_fromCache; }
    QDateTime cachedAt() const { return m_cachedAt; } // local time of the last full read
    void setAccountName(const QString &name) { m_accountName = name; }
    QString accountName() const { return m_accountName; }

    const NumberRow &rowAt(int row) const { return m_rows.at(row); }
    const StringPool &pool() const { return m_pool; }
    QString text(int row, NumberField field) const { return m_pool.at(m_rows.at(row).field(field)); }
    IncomingNumber numberAt(int row) const;
    int rowOf(const QString &sid) const { return m_rows.indexOf(sid); }

    // The server's copy of a listed number (an edit saved): its row changes in place.
    bool updateNumber(const IncomingNumber &number);
    // A number bought meanwhile: appended (or updated if listed). Its row.
    int addNumber(const IncomingNumber &number);
    bool removeNumber(const QString &sid);
    int removeNumbers(const QStringList &sids);

    // Pages read (by the loader, or from the cache): listed numbers are updated in place,
    // new ones appended in one insertion. Public for tests and the benchmark.
    void apply(const QList<NumberPage> &pages);

signals:
    // The server's whole list was read and applied (rows it no longer has were removed).
    void refreshed();
    // The cache was read (it may have been empty, or unusable and dropped).
    void cacheLoaded(int rows);

private:
    void startServerLoad();
    void onLoadFinished(const ApiError &error);
    void onCachePart(const QList<NumberPage> &pages);
    void onCacheDiscarded();
    void onCacheLoaded(const QDateTime &savedAt);
    void takeCachePart();
    void finishCacheLoad();
    // Pages in: listed rows updated, new ones appended in one insertion; `fromServer` rows
    // count as seen by the load and are written to the cache when it ends.
    void merge(const QList<NumberPage> &pages, bool fromServer);
    NumberRow prepared(const IncomingNumber &number);
    QString display(const NumberRow &row, int column) const;
    QString tooltip(const NumberRow &row, int column) const;
    void saveToCache(const QStringList &removed);
    void updateJob();

    QPointer<AccountClient> m_client;
    QPointer<NumberCache> m_cache;
    NumberLoader *m_loader;
    JobProgress *m_job = nullptr;
    StringPool m_pool;
    KeyedRows<NumberRow> m_rows{[](const NumberRow &r) { return r.sid; }};
    QSet<QString> m_seen;     // SIDs the running server load has listed
    QSet<QString> m_changed;  // SIDs to write to the cache when the load ends
    QDateTime m_cachedAt;
    QString m_accountName;
    ApiError m_lastError;
    int m_expected = -1;      // the cache's count: about how many the load will read
    bool m_firstRows = false;
    bool m_complete = false;
    bool m_fromCache = false;
    bool m_loadingCache = false;
    bool m_startedEmpty = false; // the running server load began with no rows (see startServerLoad())
    bool m_saveAll = false;      // such a load failed: the next save writes every row
    // The cache's parts not yet taken in, one per turn of the event loop (m_cacheFeed), and
    // whether the cache has said it is done (when, in m_cacheSavedAt).
    QList<QList<NumberPage>> m_cacheParts;
    QTimer m_cacheFeed;
    bool m_cacheRead = false;
    QDateTime m_cacheSavedAt;
    // The texts last adopted into the pool and their pool indexes, NotAdopted until a row
    // names them (the cache's pages share one list).
    static constexpr quint32 NotAdopted = 0xffffffffu;
    QList<QString> m_adoptedStrings;
    QList<quint32> m_adoptedMap;
};
