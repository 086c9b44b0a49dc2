#include "propertyfiltermodel.h"

#include "propertylistmodel.h"

PropertyFilterModel::PropertyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PropertyListModel::SortRole); // raw values, never display strings
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void PropertyFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_list = qobject_cast<PropertyListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void PropertyFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
    emit filterChanged();
}

void PropertyFilterModel::setFlagFilter(FlagFilter filter)
{
    if (filter == m_flagFilter)
        return;
    m_flagFilter = filter;
    invalidateRowsFilter();
    emit filterChanged();
}

bool PropertyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_list)
        return !sourceParent.isValid() && !isFiltering();
    const Property &p = m_list->propertyAt(sourceRow);

    switch (m_flagFilter) {
    case FlagFilter::All: break;
    case FlagFilter::Active: if (!p.active) return false; break;
    case FlagFilter::Inactive: if (p.active) return false; break;
    case FlagFilter::SmsEnabled: if (!p.smsEnabled) return false; break;
    case FlagFilter::CallRecordingEnabled: if (!p.callRecordingEnabled) return false; break;
    case FlagFilter::IntegrationsEnabled: if (!p.integrationsEnabled) return false; break;
    }

    if (m_text.isEmpty())
        return true;
    return p.name.contains(m_text, Qt::CaseInsensitive)
           || p.mainDomain.contains(m_text, Qt::CaseInsensitive)
           || p.timeZone.contains(m_text, Qt::CaseInsensitive)
           || p.propertySid.contains(m_text, Qt::CaseInsensitive);
}

bool PropertyFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Bool && b.typeId() == QMetaType::Bool)
        return !a.toBool() && b.toBool();
    const int order = m_collator.compare(a.toString(), b.toString());
    if (order != 0)
        return order < 0;
    // Equal for the collator ("Acme" and "ACME"): keep a stable, case-sensitive order.
    return a.toString() < b.toString();
}
