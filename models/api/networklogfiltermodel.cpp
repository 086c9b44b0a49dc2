#include "networklogfiltermodel.h"

#include "networklog.h"

NetworkLogFilterModel::NetworkLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NetworkLog::SortRole);
    setDynamicSortFilter(true);
}

NetworkLogFilterModel::~NetworkLogFilterModel() = default;

void NetworkLogFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void NetworkLogFilterModel::setFailedOnly(bool failedOnly)
{
    if (failedOnly == m_failedOnly)
        return;
    m_failedOnly = failedOnly;
    invalidateFilter();
}

bool NetworkLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *log = sourceModel();
    if (!log)
        return false;
    if (m_failedOnly
        && !log->index(sourceRow, 0, sourceParent).data(NetworkLog::FailedRole).toBool()) {
        return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {NetworkLog::AccountColumn, NetworkLog::MethodColumn, NetworkLog::PathColumn,
                       NetworkLog::StatusColumn, NetworkLog::ErrorColumn}) {
        if (log->index(sourceRow, column, sourceParent).data().toString().contains(
                m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}
