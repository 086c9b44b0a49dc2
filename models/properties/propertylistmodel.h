#pragma once

#include "propertiesclient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

class AccountClient;
class ApiJob;
struct ApiResult;

// The account's properties as a flat table that pages on demand: nothing is loaded until a
// view (or the owner) calls fetchMore(), and each call asks for one more page while no
// other page is in flight. Each page is inserted with one beginInsertRows/endInsertRows.
//
//     PropertyListModel model(accountClient);
//     connect(&model, &PropertyListModel::pageFailed, ...);   // rows already shown stay
//     view->setModel(&model);                                 // the view calls fetchMore()
//     const QModelIndex created = model.addCreated(property);
//
// A failed page stops paging (canFetchMore() is false) until retry() or reload(), so a
// view does not hammer a server that is down.
class PropertyListModel final : public QAbstractTableModel
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

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Rows asked for per page (1..1000); takes effect from the next request.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    // The server's TotalCount (plus properties added since); -1 before the first page.
    int totalCount() const { return m_totalCount; }
    bool isFetching() const { return !m_pageJob.isNull(); }
    bool hasLoadedFirstPage() const { return m_firstPageDone; }
    ApiError lastError() const { return m_lastError; }

    const Property &propertyAt(int row) const { return m_rows.at(row); }
    // The row of a PropertySid, or -1; a hash lookup, not a scan.
    int rowOf(const QString &propertySid) const { return m_rowBySid.value(propertySid, -1); }

    // Adds a property the user just created, at the end, without reloading. If it is already
    // listed, its row is updated instead. Returns its index in column 0.
    QModelIndex addCreated(const Property &property);

    // Forgets every row and loads the first page again (any page in flight is cancelled).
    void reload();
    // After pageFailed(): asks for the page that failed again.
    void retry();

signals:
    void pageLoaded(int first, int count);   // rows [first, first + count) were inserted
    void pageFailed(const ApiError &error);  // the rows already shown stay
    void totalCountChanged(int totalCount);
    void fetchingChanged(bool fetching);

private:
    void requestPage();
    void appendPage(const ApiResult &result);
    void cancelPage();
    void setTotalCount(int count);

    PropertiesClient m_client;
    QList<Property> m_rows;
    QHash<QString, int> m_rowBySid;
    QPointer<ApiJob> m_pageJob;
    QString m_nextToken;
    int m_pageSize = PropertiesClient::DefaultPageSize;
    int m_totalCount = -1;
    bool m_firstPageDone = false;
    bool m_atEnd = false;
    bool m_failed = false;
    ApiError m_lastError;
};
