#pragma once

#include <QSortFilterProxyModel>

// The network log as the dock shows it: rows whose account, method, path, status or error
// contain a text (case-insensitive), optionally failed requests only, sorted on raw values.
//
//     NetworkLogFilterModel filter;
//     filter.setSourceModel(&log);
//     filter.setFailedOnly(true);
class NetworkLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkLogFilterModel)

public:
    explicit NetworkLogFilterModel(QObject *parent = nullptr);
    ~NetworkLogFilterModel() override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setFailedOnly(bool failedOnly);
    bool failedOnly() const { return m_failedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_failedOnly = false;
};
