#include "numbertablemodel.h"

#include "api/accountclient.h"
#include "api/jobprogress.h"
#include "incomingnumber.h"
#include "numbercache.h"
#include "numberchecks.h"
#include "numberloader.h"
#include "phonenumbers.h"
#include "validation/textrules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// "https://hooks.example.com/voice" -> "hooks.example.com/voice": the table shows where a
// webhook goes, the detail pane the whole URL.
QString shortUrl(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://");
    return scheme >= 0 ? url.mid(scheme + 3) : url;
}
} // namespace

NumberTableModel::NumberTableModel(AccountClient *client, NumberCache *cache, QObject *parent)
    : ListModel(parent)
    , m_client(client)
    , m_cache(cache)
    , m_loader(new NumberLoader(client, this))
{
    connect(m_loader, &NumberLoader::batchReady, this, &NumberTableModel::apply);
    connect(m_loader, &NumberLoader::finished, this, &NumberTableModel::onLoadFinished);
    connect(m_loader, &NumberLoader::progress, this, &NumberTableModel::updateJob);
    connect(m_loader, &NumberLoader::retrying, this, [this](int, int delayMs) {
        // Said in the status bar until the next page arrives (updateJob() says it again).
        if (m_job)
            m_job->setText(tr("An answer was lost: asking again in %n second(s)", nullptr,
                              std::max(1, (delayMs + 500) / 1000)));
    });
    if (m_cache) {
        connect(m_cache, &NumberCache::rowsExpected, this, [this](int rows) {
            // Room for them all at once: no rehash of a million keys part-way.
            if (m_loadingCache && m_rows.isEmpty())
                m_rows.reserve(rows);
        });
        connect(m_cache, &NumberCache::partLoaded, this, &NumberTableModel::onCachePart);
        connect(m_cache, &NumberCache::loadDiscarded, this, &NumberTableModel::onCacheDiscarded);
        connect(m_cache, &NumberCache::loaded, this, &NumberTableModel::onCacheLoaded);
        m_cacheFeed.setSingleShot(true);
        m_cacheFeed.setInterval(0);
        connect(&m_cacheFeed, &QTimer::timeout, this, &NumberTableModel::takeCachePart);
    }
}

NumberTableModel::~NumberTableModel() = default;

NumberTableModel *NumberTableModel::forClient(AccountClient *client, const QString &dataFolder)
{
    static QHash<const AccountClient *, QPointer<NumberTableModel>> shared;
    if (QPointer<NumberTableModel> model = shared.value(client))
        return model;
    NumberCache *cache = nullptr;
    if (!dataFolder.isEmpty()) {
        const AccountProfile &profile = client->profile();
        // The server and the account the rows belong to; the port is left out, as the
        // embedded sandbox takes a new one each start.
        cache = new NumberCache(dataFolder, profile.id, profile.baseUrl.host() + u'/' + profile.pathAccount());
    }
    auto *model = new NumberTableModel(client, cache, client);
    if (cache)
        cache->setParent(model);
    shared.insert(client, model);
    return model;
}

void NumberTableModel::setPageSize(int size)
{
    m_loader->setPageSize(std::clamp(size, 1, 1000));
}

ApiFamily NumberTableModel::family() const
{
    return m_client ? m_client->family() : ApiFamily::Twilio;
}

int NumberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int NumberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool NumberTableModel::isLoading() const
{
    return m_loadingCache || m_loader->isRunning();
}

void NumberTableModel::startLoading()
{
    if (m_firstRows) {
        // Another view of this shared table (Numbers, All numbers) started it: the first rows
        // are in already, and a view waiting for them hears so now.
        if (m_lastError.isError() && m_lastError.kind() != ApiError::Kind::Cancelled)
            emit loadFailed(m_lastError);
        else
            emit pageLoaded(0, 0);
        return;
    }
    if (isLoading())
        return;
    if (m_cache) {
        // The last visit's table first (read off the GUI thread), then the server's.
        m_loadingCache = true;
        emit loadingChanged(true);
        m_cache->load();
        return;
    }
    startServerLoad();
}

void NumberTableModel::onCachePart(const QList<NumberPage> &pages)
{
    if (!m_loadingCache)
        return;
    // The last visit's rows, a part at a time: the table fills while the rest is read. The
    // cache reads faster than the table takes rows in, so parts queue up; each is taken in
    // on its own turn of the event loop, so the window answers between them.
    m_cacheParts.append(pages);
    if (!m_cacheFeed.isActive())
        m_cacheFeed.start();
}

void NumberTableModel::takeCachePart()
{
    if (!m_cacheParts.isEmpty()) {
        m_fromCache = true;
        merge(m_cacheParts.takeFirst(), false);
    }
    if (!m_cacheParts.isEmpty())
        m_cacheFeed.start();
    else if (m_cacheRead)
        finishCacheLoad();
}

void NumberTableModel::onCacheDiscarded()
{
    // The file was found damaged part-way: nothing it gave is trusted.
    if (!m_loadingCache)
        return;
    m_cacheParts.clear();
    m_cacheFeed.stop();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_fromCache = false;
    m_firstRows = false;
    setTotalCount(0);
    endResetModel();
}

void NumberTableModel::onCacheLoaded(const QDateTime &savedAt)
{
    if (!m_loadingCache)
        return;
    m_cacheRead = true;
    m_cacheSavedAt = savedAt;
    if (m_cacheParts.isEmpty())
        finishCacheLoad();
}

void NumberTableModel::finishCacheLoad()
{
    m_loadingCache = false;
    m_cacheRead = false;
    m_adoptedStrings = {};
    m_adoptedMap = {};
    const int rows = m_fromCache ? m_rows.size() : 0;
    if (rows > 0) {
        m_cachedAt = m_cacheSavedAt.toLocalTime();
        m_expected = rows;
        setTotalCount(rows);
    }
    emit cacheLoaded(rows);
    startServerLoad();
}

void NumberTableModel::startServerLoad()
{
    m_seen.clear();
    // Into an empty table (a first visit): every row is new and nothing can have gone, so no
    // row is counted as seen or changed (two sets of a million SIDs, rehashed as they grew,
    // were the longest stalls of a first load) and the cache is written whole.
    m_startedEmpty = m_rows.isEmpty();
    m_lastError = {};
    m_complete = false;
    if (!m_job) {
        m_job = new JobProgress(this);
        m_job->setCanCancel(true);
        connect(m_job, &JobProgress::cancelRequested, this, &NumberTableModel::cancel);
    }
    updateJob();
    m_loader->start();
    emit loadingChanged(true);
}

void NumberTableModel::reload()
{
    if (m_loader->isRunning())
        return;
    if (m_job && m_job->isFinished())
        m_job = nullptr; // a finished job is done with; the status bar gets a new one
    startServerLoad();
}

void NumberTableModel::retry()
{
    if (m_loader->isRunning())
        return;
    m_lastError = {};
    if (m_job && m_job->isFinished())
        m_job = nullptr;
    if (!m_job) {
        m_job = new JobProgress(this);
        m_job->setCanCancel(true);
        connect(m_job, &JobProgress::cancelRequested, this, &NumberTableModel::cancel);
    }
    m_loader->resume();
    emit loadingChanged(true);
}

void NumberTableModel::cancel()
{
    m_loader->cancel();
}

void NumberTableModel::updateJob()
{
    if (!m_job)
        return;
    const int read = m_loader->rowsRead();
    const QLocale locale;
    m_job->setText(m_fromCache ? tr("Refreshing numbers") : tr("Loading numbers"));
    // Twilio's list says no total: the last visit's count is what to expect.
    m_job->setProgress(read, m_expected > 0 ? std::max(m_expected, read) : -1);
}

void NumberTableModel::apply(const QList<NumberPage> &pages)
{
    merge(pages, true);
}

void NumberTableModel::merge(const QList<NumberPage> &pages, bool fromServer)
{
    qsizetype size = 0;
    for (const NumberPage &page : pages)
        size += page.rows.size();
    QList<NumberRow> incoming;
    incoming.reserve(size);
    for (const NumberPage &page : pages) {
        // The cache's pages all share the file's texts (one list, hundreds of thousands of
        // texts at a million numbers): each is taken into the pool when a row first names it,
        // once for the whole read. m_adoptedStrings holds that list, so its data stays where
        // it is while compared.
        if (page.strings.isEmpty() || page.strings.constData() != m_adoptedStrings.constData()) {
            m_adoptedMap.fill(NotAdopted, page.strings.size());
            m_adoptedStrings = page.strings;
        }
        const auto map = [this](quint32 f) {
            if (f >= quint32(m_adoptedMap.size()))
                return quint32(0);
            quint32 &to = m_adoptedMap[f];
            if (to == NotAdopted)
                to = m_pool.intern(m_adoptedStrings.at(f));
            return to;
        };
        for (NumberRow row : page.rows) {
            for (quint32 &f : row.fields)
                f = map(f);
            if (fromServer && !m_startedEmpty)
                m_seen.insert(row.sid);
            incoming.append(std::move(row));
        }
    }
    if (fromServer) {
        m_adoptedStrings = {}; // a server page's texts are its own: nothing to keep
        m_adoptedMap = {};
    }
    if (incoming.isEmpty())
        return;
    // Listed rows are updated in place, repeats within the batch count once, and the rest
    // arrive in one insertion. What the cache holds need not be written back to it.
    const int first = m_rows.size();
    const bool track = fromServer && !m_startedEmpty;
    const int count = m_rows.prepare(std::move(incoming), [this, track](int at) {
        if (track)
            m_changed.insert(m_rows.at(at).sid);
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    });
    if (count > 0) {
        beginInsertRows({}, first, first + count - 1);
        m_rows.appendPrepared();
        endInsertRows();
        if (track) {
            for (int r = first; r < m_rows.size(); ++r)
                m_changed.insert(m_rows.at(r).sid);
        }
    }
    const bool firstRows = !m_firstRows;
    m_firstRows = true;
    if (totalCount() < m_rows.size() || !m_loader->isRunning())
        setTotalCount(std::max(m_rows.size(), m_expected));
    if (count > 0)
        emit pageLoaded(first, count);
    else if (firstRows)
        emit pageLoaded(first, 0);
}

void NumberTableModel::onLoadFinished(const ApiError &error)
{
    if (error.isError()) {
        m_lastError = error;
        // Rows a first load took in were not counted as changed: the next load that ends
        // writes them all.
        m_saveAll = m_saveAll || m_startedEmpty;
        if (m_job)
            m_job->finish(error.kind() == ApiError::Kind::Cancelled
                              ? tr("Stopped: %n number(s) read.", nullptr, m_loader->rowsRead())
                              : error.displayText());
        if (!m_firstRows) {
            m_firstRows = true; // answered: the table says why it is empty
        }
        emit loadingChanged(false);
        if (error.kind() != ApiError::Kind::Cancelled)
            emit loadFailed(error);
        return;
    }
    // The whole list is in: what it no longer lists was released elsewhere.
    // Every row seen is listed, so as many seen as listed means none went (one pass saved).
    QStringList gone;
    for (int r = 0; !m_startedEmpty && m_seen.size() < m_rows.size() && r < m_rows.size(); ++r) {
        if (!m_seen.contains(m_rows.at(r).sid))
            gone << m_rows.at(r).sid;
    }
    if (!gone.isEmpty())
        removeRows(m_rows, gone);
    m_complete = true;
    m_fromCache = false;
    m_cachedAt = QDateTime::currentDateTime();
    m_expected = m_rows.size();
    setTotalCount(m_rows.size());
    if (m_job)
        m_job->finish(tr("%n number(s)", nullptr, m_rows.size()));
    if (!m_firstRows) {
        m_firstRows = true;
        emit pageLoaded(0, 0);
    }
    saveToCache(gone);
    emit loadingChanged(false);
    emit refreshed();
}

void NumberTableModel::saveToCache(const QStringList &removed)
{
    if (!m_cache)
        return;
    QList<NumberRow> changed;
    if (m_startedEmpty || m_saveAll || m_changed.size() >= m_rows.size()) {
        changed = m_rows.rows(); // every row (a first load): shared, not copied row by row
    } else {
        changed.reserve(m_changed.size());
        for (const QString &sid : std::as_const(m_changed)) {
            if (const int r = m_rows.indexOf(sid); r >= 0)
                changed.append(m_rows.at(r));
        }
    }
    m_changed.clear();
    m_saveAll = false;
    m_cache->save(changed, m_pool.strings(), removed, true, m_rows.size());
}

NumberRow NumberTableModel::prepared(const IncomingNumber &number)
{
    NumberRow row = fromIncomingNumber(number, &m_pool);
    row.setField(NumberField::Region, m_pool.intern(PhoneNumbers::region(number.phoneNumber)));
    row.problems = NumberChecks::check(row, m_pool, family());
    return row;
}

IncomingNumber NumberTableModel::numberAt(int row) const
{
    return toIncomingNumber(m_rows.at(row), m_pool, family());
}

bool NumberTableModel::updateNumber(const IncomingNumber &number)
{
    const int at = rowOf(number.sid);
    if (at < 0)
        return false;
    updateRow(m_rows, at, prepared(number));
    if (m_cache)
        m_cache->save({m_rows.at(at)}, m_pool.strings(), {}, false);
    return true;
}

int NumberTableModel::addNumber(const IncomingNumber &number)
{
    const int at = putRow(m_rows, prepared(number), number.sid);
    if (m_cache)
        m_cache->save({m_rows.at(at)}, m_pool.strings(), {}, false);
    return at;
}

bool NumberTableModel::removeNumber(const QString &sid)
{
    return removeNumbers({sid}) > 0;
}

int NumberTableModel::removeNumbers(const QStringList &sids)
{
    const int removed = removeRows(m_rows, sids);
    for (const QString &sid : sids)
        m_seen.remove(sid); // what was seen is what is listed (onLoadFinished counts on it)
    if (removed > 0 && m_cache)
        m_cache->save({}, {}, sids, false);
    return removed;
}

QString NumberTableModel::display(const NumberRow &n, int column) const
{
    const auto text = [&](NumberField f) -> const QString & { return m_pool.at(n.field(f)); };
    switch (column) {
    case AccountColumn:
        return m_accountName;
    case NumberColumn:
        return PhoneNumbers::national(n.phoneNumber);
    case FriendlyNameColumn:
        return n.friendlyName;
    case RegionColumn:
        return text(NumberField::Region);
    case CapabilitiesColumn: {
        QStringList caps;
        if (n.has(NumberRow::Voice))
            caps << tr("Voice");
        if (n.has(NumberRow::Sms))
            caps << tr("SMS");
        if (n.has(NumberRow::Mms))
            caps << tr("MMS");
        if (n.has(NumberRow::Fax))
            caps << tr("Fax");
        return caps.join(u" · "_s);
    }
    case VoiceColumn:
    case SmsColumn: {
        const bool voice = column == VoiceColumn;
        if (voice && !text(NumberField::TrunkSid).isEmpty())
            return tr("Trunk %1").arg(text(NumberField::TrunkSid));
        const QString &app = text(voice ? NumberField::VoiceApplicationSid : NumberField::SmsApplicationSid);
        if (!app.isEmpty())
            return tr("Application %1").arg(app);
        const QString &url = text(voice ? NumberField::VoiceUrl : NumberField::SmsUrl);
        if (!url.isEmpty())
            return shortUrl(url);
        return n.has(voice ? NumberRow::Voice : NumberRow::Sms) ? tr("Not set") : tr("—");
    }
    case ProblemsColumn: {
        const int count = qPopulationCount(n.problems);
        return count ? tr("%n problem(s)", nullptr, count) : QString();
    }
    case EmergencyColumn:
        if (family() == ApiFamily::SignalWire)
            return tr("—");
        return text(NumberField::EmergencyStatus).compare(u"Active", Qt::CaseInsensitive) == 0
                   ? tr("Active")
                   : tr("Inactive");
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.created, Qt::UTC).toLocalTime().date(),
                                  QLocale::ShortFormat);
    }
    return {};
}

QString NumberTableModel::tooltip(const NumberRow &n, int column) const
{
    const auto text = [&](NumberField f) -> const QString & { return m_pool.at(n.field(f)); };
    switch (column) {
    case NumberColumn:
    case ProblemsColumn: {
        const QStringList problems = NumberChecks::describeAll(n.problems);
        const QString number = PhoneNumbers::international(n.phoneNumber);
        return problems.isEmpty() ? number : number + u'\n' + problems.join(u'\n');
    }
    case VoiceColumn:
    case SmsColumn: {
        const bool voice = column == VoiceColumn;
        const QString &url = text(voice ? NumberField::VoiceUrl : NumberField::SmsUrl);
        const QString &method = text(voice ? NumberField::VoiceMethod : NumberField::SmsMethod);
        if (!url.isEmpty() && display(n, column) == shortUrl(url))
            return method.isEmpty() ? url : method + u' ' + url;
        return display(n, column);
    }
    case FriendlyNameColumn:
    case RegionColumn:
    case AccountColumn:
        return display(n, column);
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.created, Qt::UTC).toLocalTime(),
                                  QLocale::LongFormat);
    }
    return {};
}

QVariant NumberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NumberRow &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Text from the server is shown, never obeyed: a control character or a bidirectional
        // override in a friendly name or a URL cannot reorder or hide anything.
        return Validation::displayLines(display(n, index.column()));
    case Qt::ToolTipRole:
        return Validation::displayLines(tooltip(n, index.column()));
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NumberColumn || index.column() == ProblemsColumn)
            return NumberChecks::describeAll(n.problems).join(u' ');
        return {};
    case NumberRole:
        return QVariant::fromValue(numberAt(index.row()));
    case SidRole:
        return n.sid;
    case ProblemsRole:
        return n.problems;
    case AttentionRole:
        return n.problems != 0;
    case E164Role:
        return n.phoneNumber;
    }
    return {};
}

QVariant NumberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString NumberTableModel::columnTitle(int section)
{
    switch (section) {
    case AccountColumn: return tr("Account");
    case NumberColumn: return tr("Number");
    case FriendlyNameColumn: return tr("Friendly name");
    case RegionColumn: return tr("Region");
    case CapabilitiesColumn: return tr("Capabilities");
    case VoiceColumn: return tr("Voice");
    case SmsColumn: return tr("Messaging");
    case ProblemsColumn: return tr("Problems");
    case EmergencyColumn: return tr("Emergency");
    case CreatedColumn: return tr("Created");
    }
    return {};
}
