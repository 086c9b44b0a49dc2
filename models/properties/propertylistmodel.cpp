#include "propertylistmodel.h"

#include "api/apijob.h"
#include "propertieslogging.h"
#include "timezonecatalog.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
bool isFlagColumn(int column)
{
    return column == PropertyListModel::SmsColumn || column == PropertyListModel::RecordingColumn
           || column == PropertyListModel::IntegrationsColumn
           || column == PropertyListModel::ActiveColumn;
}

bool flagOf(const Property &p, int column)
{
    switch (column) {
    case PropertyListModel::SmsColumn: return p.smsEnabled;
    case PropertyListModel::RecordingColumn: return p.callRecordingEnabled;
    case PropertyListModel::IntegrationsColumn: return p.integrationsEnabled;
    case PropertyListModel::ActiveColumn: return p.active;
    default: return false;
    }
}
} // namespace

PropertyListModel::PropertyListModel(AccountClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

PropertyListModel::~PropertyListModel()
{
    if (ApiJob *job = m_pageJob) {
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

int PropertyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PropertyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Property &p = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return p.name;
        case DomainColumn: return p.mainDomain;
        case TimeZoneColumn: return p.timeZone;
        case SidColumn: return p.propertySid;
        default: return {}; // flags are shown as check marks
        }
    case Qt::CheckStateRole:
        if (isFlagColumn(column))
            return flagOf(p, column) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleTextRole:
        if (isFlagColumn(column))
            return flagOf(p, column) ? tr("Yes") : tr("No");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == TimeZoneColumn) {
            if (const TimeZoneInfo *info = TimeZoneCatalog::find(p.timeZone))
                return info->displayText;
        }
        if (isFlagColumn(column))
            return flagOf(p, column) ? tr("Yes") : tr("No");
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (column) {
        case NameColumn: return p.name;
        case DomainColumn: return p.mainDomain;
        case TimeZoneColumn: return p.timeZone;
        case SidColumn: return p.propertySid;
        default: return flagOf(p, column);
        }
    case PropertyRole:
        return QVariant::fromValue(p);
    case SidRole:
        return p.propertySid;
    default:
        return {};
    }
}

QVariant PropertyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case DomainColumn: return tr("Main domain");
        case TimeZoneColumn: return tr("Time zone");
        case SmsColumn: return tr("SMS");
        case RecordingColumn: return tr("Recording");
        case IntegrationsColumn: return tr("Integrations");
        case ActiveColumn: return tr("Active");
        case SidColumn: return tr("Property SID");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SmsColumn: return tr("SMS enabled");
        case RecordingColumn: return tr("Call recording enabled");
        case IntegrationsColumn: return tr("Integrations enabled");
        case ActiveColumn: return tr("Active");
        default: return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    return {};
}

QHash<int, QByteArray> PropertyListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(PropertyRole, "property");
    names.insert(SidRole, "propertySid");
    return names;
}

bool PropertyListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_failed;
}

void PropertyListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_pageJob || m_atEnd || m_failed)
        return; // one page in flight; never block here, views call this often
    requestPage();
}

void PropertyListModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, PropertiesClient::MaxPageSize);
}

void PropertyListModel::requestPage()
{
    m_pageJob = m_client.list(m_nextToken, m_pageSize);
    connect(m_pageJob, &ApiJob::finished, this, &PropertyListModel::appendPage);
    emit fetchingChanged(true);
}

void PropertyListModel::appendPage(const ApiResult &result)
{
    m_pageJob = nullptr; // the job deletes itself after finished()
    emit fetchingChanged(false);

    PropertyPage page;
    const ApiError error = PropertiesClient::parsePage(result, &page);
    m_firstPageDone = true;
    if (error.isError()) {
        qCWarning(lcProperties) << "a page of properties failed:" << error.displayText();
        m_failed = true;
        m_lastError = error;
        emit pageFailed(error);
        return;
    }
    m_lastError = {};

    // A property added with addCreated() may come again in a later page: update, don't repeat.
    QList<Property> fresh;
    fresh.reserve(page.properties.size());
    QSet<QString> seenInPage;
    for (const Property &p : std::as_const(page.properties)) {
        if (seenInPage.contains(p.propertySid))
            continue;
        seenInPage.insert(p.propertySid);
        const int row = rowOf(p.propertySid);
        if (row < 0) {
            fresh.append(p);
        } else if (m_rows.at(row) != p) {
            m_rows[row] = p;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    m_nextToken = page.nextPageToken;
    m_atEnd = m_nextToken.isEmpty();

    const int first = int(m_rows.size());
    if (!fresh.isEmpty()) {
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Property &p : std::as_const(fresh)) {
            m_rowBySid.insert(p.propertySid, int(m_rows.size()));
            m_rows.append(p);
        }
        endInsertRows();
    }
    // The server's count is the truth; never claim fewer than are shown.
    setTotalCount(qMax(page.totalCount, int(m_rows.size())));
    qCDebug(lcProperties) << "page loaded:" << fresh.size() << "new rows," << m_rows.size()
                          << "of" << m_totalCount << (m_atEnd ? "(last page)" : "");
    emit pageLoaded(first, int(fresh.size()));
}

QModelIndex PropertyListModel::addCreated(const Property &property)
{
    const int existing = rowOf(property.propertySid);
    if (existing >= 0) {
        if (m_rows.at(existing) != property) {
            m_rows[existing] = property;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        }
        return index(existing, 0);
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rowBySid.insert(property.propertySid, row);
    m_rows.append(property);
    endInsertRows();
    setTotalCount(qMax(m_totalCount, 0) + 1);
    return index(row, 0);
}

void PropertyListModel::reload()
{
    cancelPage();
    beginResetModel();
    m_rows.clear();
    m_rowBySid.clear();
    m_nextToken.clear();
    m_atEnd = false;
    m_failed = false;
    m_firstPageDone = false;
    m_lastError = {};
    endResetModel();
    setTotalCount(-1);
    requestPage();
}

void PropertyListModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    if (!m_pageJob)
        requestPage();
}

void PropertyListModel::cancelPage()
{
    if (!m_pageJob)
        return;
    ApiJob *job = m_pageJob;
    m_pageJob = nullptr;
    disconnect(job, nullptr, this, nullptr); // its Cancelled result is not news
    job->cancel();
    emit fetchingChanged(false);
}

void PropertyListModel::setTotalCount(int count)
{
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    emit totalCountChanged(count);
}
