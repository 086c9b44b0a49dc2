#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QString>

class PropertyListModel;

// Sorts a PropertyListModel on raw values (PropertyListModel::SortRole) and filters it with
// typed setters. A setter that changes nothing does not refilter. Text sorts with the
// locale's collation, ignoring case, numbers by value ("Suite 9" before "Suite 10");
// flags sort off before on.
//
//     PropertyFilterModel proxy;
//     proxy.setSourceModel(&model);
//     proxy.setText(u"sydney"_s);                       // name, domain or time zone contains
//     proxy.setFlagFilter(PropertyFilterModel::FlagFilter::SmsEnabled);
class PropertyFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyFilterModel)

public:
    enum class FlagFilter {
        All,
        Active,
        Inactive,
        SmsEnabled,
        CallRecordingEnabled,
        IntegrationsEnabled,
    };
    Q_ENUM(FlagFilter)

    explicit PropertyFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Case-insensitive "contains" on the name, main domain, time zone and property SID;
    // surrounding spaces are ignored, an empty text matches everything.
    void setText(const QString &text);
    QString text() const { return m_text; }

    void setFlagFilter(FlagFilter filter);
    FlagFilter flagFilter() const { return m_flagFilter; }

    bool isFiltering() const { return !m_text.isEmpty() || m_flagFilter != FlagFilter::All; }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PropertyListModel *m_list = nullptr;
    QString m_text;
    FlagFilter m_flagFilter = FlagFilter::All;
    QCollator m_collator;
};
