#pragma once

#include "api/pagedlistmodel.h"
#include "propertiesclient.h"

#include <QHash>
#include <QList>

class AccountClient;

// The account's properties (GET /v2/Properties) as a flat table that pages on demand, on
// PagedListModel: nothing is loaded until a view (or the owner) calls fetchMore(), and each
// call asks for one more page while no other page is in flight. Each page is inserted with
// one beginInsertRows/endInsertRows.
//
//     PropertyListModel model(accountClient);
//     connect(&model, &PagedListModel::loadFailed, ...);      // rows already shown stay
//     view->setModel(&model);                                 // the view calls fetchMore()
//     const QModelIndex created = model.addCreated(property);
//
// A failed page stops paging (canFetchMore() is false) until retry() or reload(), so a
// view does not hammer a server that is down. Pages default to
// PropertiesClient::DefaultPageSize rows.
class PropertyListModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyListModel)

public:
    enum Column {
        NameColumn,
        DomainColumn,
        TimeZoneColumn,
        SmsColumn,
        RecordingColumn,
        IntegrationsColumn,
        ActiveColumn,
        SidColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // the raw value: QString or bool, never display text
        PropertyRole,            // the whole Property
        SidRole,                 // the PropertySid, whatever the column
    };
    Q_ENUM(Role)

    explicit PropertyListModel(AccountClient *client, QObject *parent = nullptr);
    ~PropertyListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Paging, page size, totalCount() (the server's TotalCount plus properties added since),
    // isLoading(), hasLoadedFirstPage(), lastError(), reload() and retry() come from
    // PagedListModel.

    const Property &propertyAt(int row) const { return m_rows.at(row); }
    // The row of a PropertySid, or -1; a hash lookup, not a scan.
    int rowOf(const QString &propertySid) const { return m_rows.indexOf(propertySid); }

    // Adds a property the user just created, at the end, without reloading. If it is already
    // listed, its row is updated instead. Returns its index in column 0.
    QModelIndex addCreated(const Property &property);

protected:
    ApiError preparePage(const QJsonArray &records, int *count) override;
    void appendPreparedRows() override;
    void clearRows() override;

private:
    KeyedRows<Property> m_rows{[](const Property &p) { return p.propertySid; }};
};
