#include "projectlistmodel.h"

#include "broadcastclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ProjectListModel::ProjectListModel(AccountClient *client, QObject *parent)
    : PagedListModel(client, BroadcastClient::projectsEndpoint(DefaultPageSize), parent)
{
}

ProjectListModel::~ProjectListModel() = default;

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectListModel::display(const BroadcastProject &p, int column) const
{
    switch (column) {
    case NameColumn:
        return p.name;
    case StatusColumn:
        return BroadcastProject::statusTitle(p.status);
    case ChannelColumn:
        return BroadcastProject::channelTitle(p.channel);
    case NumbersColumn:
        return QLocale().toString(p.phoneNumberIds.size());
    case CreatedColumn:
        // The day here; the time too in the tooltip.
        return p.createdAt.isValid() ? QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                                     : QString();
    }
    return {};
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BroadcastProject &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return p.name;
        if (index.column() == CreatedColumn && p.createdAt.isValid())
            return QLocale().toString(p.createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumbersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == NumbersColumn)
            return int(p.phoneNumberIds.size());
        if (index.column() == CreatedColumn)
            return p.createdAt;
        return display(p, index.column());
    case IdRole:
        return p.id;
    case ProjectRole:
        return QVariant::fromValue(p);
    }
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case NumbersColumn:
        return tr("Numbers");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

ApiError ProjectListModel::preparePage(const QJsonArray &records, int *count)
{
    QList<BroadcastProject> page;
    page.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        BroadcastProject p;
        if (const ApiError e = BroadcastProject::fromJson(records.at(i).toObject(), &p); e.isError()) {
            return ApiError::transport(ApiError::Kind::Malformed,
                                       tr("Record %1 of the page: %2").arg(i + 1).arg(e.message()));
        }
        page.append(p);
    }
    // A project added by hand meanwhile (created here) may arrive again: update it in place.
    *count = m_rows.prepare(page, [this](int row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    return {};
}

void ProjectListModel::appendPreparedRows()
{
    m_rows.appendPrepared();
}

void ProjectListModel::clearRows()
{
    m_rows.clear();
}

int ProjectListModel::addProject(const BroadcastProject &project)
{
    return putRow(m_rows, project, project.id);
}
