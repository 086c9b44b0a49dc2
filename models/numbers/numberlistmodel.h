#pragma once

#include "api/pagedlistmodel.h"
#include "incomingnumber.h"
#include "numbersclient.h"

#include <QHash>
#include <QList>

// The numbers of one Twilio or SignalWire account, page by page (PagedListModel), with the
// server's own filters (setFilter() reloads with PhoneNumber / FriendlyName, so a filter
// never walks the whole inventory). Sort through a proxy on SortRole: the server has no
// sort order, so sorting covers the rows loaded so far.
//
//     NumberListModel model(client);             // Twilio or SignalWire client, not owned
//     model.setFilter({u"415"_s, {}});           // reloads from the server
//     proxy.setSortRole(NumberListModel::SortRole);
//
// Rows are found by SID through a hash; updateNumber() and removeNumber() keep the table in
// step with edits and releases without a reload, addNumber() appends a bought number.
class NumberListModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberListModel)

public:
    enum Column {
        NumberColumn,
        FriendlyNameColumn,
        CapabilitiesColumn,
        VoiceColumn,
        SmsColumn,
        EmergencyColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        NumberRole = Qt::UserRole + 1, // the IncomingNumber
        SortRole,                      // a raw value to sort on
        SidRole,
        // True when the row has a problem worth a look (no webhook, plain-http webhook,
        // emergency calling off): the table marks it.
        AttentionRole,
    };

    static constexpr int DefaultPageSize = 200;

    explicit NumberListModel(AccountClient *client, QObject *parent = nullptr);
    ~NumberListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    NumberFilter filter() const { return m_filter; }
    // Reloads with the server's filters unless they are those in use.
    void setFilter(const NumberFilter &filter);

    const IncomingNumber &numberAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &sid) const { return m_rows.indexOf(sid); }
    // The server's copy of a listed number (after an edit): the row changes in place. A
    // number not listed is left alone (it may not match the filter); false then.
    bool updateNumber(const IncomingNumber &number);
    // A number bought meanwhile: appended (or updated if listed already). Its row.
    int addNumber(const IncomingNumber &number);
    // A released number leaves the table; false if it was not listed.
    bool removeNumber(const QString &sid);
    // Released numbers leave the table in one pass, however many; how many were listed.
    int removeNumbers(const QStringList &sids);

    // Problems an operator should look at, one line each ("No voice webhook"...); empty if none.
    static QStringList problems(const IncomingNumber &number);

protected:
    ApiError preparePage(const QJsonArray &records, int *count) override;
    void appendPreparedRows() override;
    void clearRows() override;

private:
    QVariant display(const IncomingNumber &n, int column) const;
    QVariant sortValue(const IncomingNumber &n, int column) const;

    NumbersClient m_numbers;
    NumberFilter m_filter;
    KeyedRows<IncomingNumber> m_rows{[](const IncomingNumber &n) { return n.sid; }};
};
