#include "propertylistmodel.h"

#include "validation/textrules.h"

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
    : PagedListModel(client, PagedEndpoint::properties(PropertiesClient::DefaultPageSize), parent)
{
}

PropertyListModel::~PropertyListModel() = default;

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
        // Text from the server is shown, never obeyed: a control character or a
        // bidirectional override in a name cannot reorder or hide what is around it.
        case NameColumn: return Validation::displayText(p.name);
        case DomainColumn: return Validation::displayText(p.mainDomain);
        case TimeZoneColumn: return Validation::displayText(p.timeZone);
        case SidColumn: return Validation::displayText(p.propertySid);
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

ApiError PropertyListModel::preparePage(const QJsonArray &records, int *count)
{
    QList<Property> page;
    if (const ApiError error = PropertyPage::propertiesFromRecords(records, &page);
        error.isError())
        return error;
    // A property added with addCreated() may come again in a later page: update, don't repeat.
    *count = m_rows.prepare(page, [this](int row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    return {};
}

void PropertyListModel::appendPreparedRows()
{
    m_rows.appendPrepared();
}

void PropertyListModel::clearRows()
{
    m_rows.clear();
}

QModelIndex PropertyListModel::addCreated(const Property &property)
{
    return index(putRow(m_rows, property, property.propertySid), 0);
}
