#pragma once

#include "draft.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class DraftStore;

// Every draft of a DraftStore as a table, kept up to date row by row from the store's
// signals (no reset per change). Sort a QSortFilterProxyModel on SortRole (raw values).
//
//     DraftListModel model(&store);
//     model.setAccountNames({{u"sandbox-properties"_s, u"Sandbox · Properties"_s}});
//     proxy.setSourceModel(&model); proxy.setSortRole(DraftListModel::SortRole);
class DraftListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftListModel)

public:
    enum Column { KindColumn, TitleColumn, AccountColumn, LastEditColumn, ValidColumn,
                  StateColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw value of the column: enum, QDateTime, bool, text
        IdRole,                  // QString draft id
        StateRole,               // int(OutboxState)
        KindRole,                // QString, the DraftKind key
        BlockedRole,             // QString: why it cannot be sent from its account; "" if it can
    };

    explicit DraftListModel(DraftStore *store, QObject *parent = nullptr);
    ~DraftListModel() override;

    // How kind keys are shown (the registry's titles); unknown keys are shown as they are.
    void setKindTitles(const QHash<QString, QString> &titles);
    // How account ids are shown; unknown ids are shown as they are.
    void setAccountNames(const QHash<QString, QString> &names);
    // Profiles that can no longer send, with why (a removed account, a changed login):
    // their drafts say "Cannot be sent" and the reason, whatever their outbox state.
    void setBlockedProfiles(const QHash<QString, QString> &reasons);
    QString blockedReason(const Draft &draft) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when absent
    QModelIndex indexOf(const QString &id, int column = 0) const;

    // Text for a draft's state cell and its tooltip (rich text, escaped).
    static QString stateText(const Draft &draft);
    static QString stateToolTip(const Draft &draft);

private:
    void addDraft(const QString &id);
    void changeDraft(const QString &id);
    void removeDraft(const QString &id);
    void reindexFrom(int row);

    QPointer<DraftStore> m_store;
    QList<Draft> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, QString> m_accountNames;
    QHash<QString, QString> m_blocked;
    QHash<QString, QString> m_kindTitles;
};
