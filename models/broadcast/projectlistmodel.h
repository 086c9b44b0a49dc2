#pragma once

#include "api/pagedlistmodel.h"
#include "broadcastproject.h"

#include <QHash>
#include <QList>

// The broadcast projects of one organisation, page by page (PagedListModel over
// GET /v1/projects). Sort through a proxy on SortRole (the server has no sort order, so
// sorting covers the rows loaded so far). addProject() shows one created meanwhile.
class ProjectListModel final : public PagedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Column { NameColumn, StatusColumn, ChannelColumn, NumbersColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ProjectRole = Qt::UserRole + 1, // the BroadcastProject
        SortRole,
        IdRole,
    };

    static constexpr int DefaultPageSize = 100;

    explicit ProjectListModel(AccountClient *client, QObject *parent = nullptr);
    ~ProjectListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const BroadcastProject &projectAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_rows.indexOf(id); }
    // A project created meanwhile: appended, or updated in place if listed. Its row.
    int addProject(const BroadcastProject &project);

protected:
    ApiError preparePage(const QJsonArray &records, int *count) override;
    void appendPreparedRows() override;
    void clearRows() override;

private:
    QVariant display(const BroadcastProject &p, int column) const;

    KeyedRows<BroadcastProject> m_rows{[](const BroadcastProject &p) { return p.id; }};
};
