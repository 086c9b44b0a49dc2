#pragma once

#include "validation/broadcastrules.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

// A chosen number that a change of channel, verification or number list made ineligible, so
// the selection let it go. The form says which and why:
//     "Dropped 2 numbers: +1 833 555 0100 (toll-free, not allowed on 10DLC), ..."
struct DroppedNumber
{
    QString id;
    QString phoneNumber; // E.164
    QString reason;      // short, for a parenthesis: "toll-free, not allowed on 10DLC"

    friend bool operator==(const DroppedNumber &a, const DroppedNumber &b)
    {
        return a.id == b.id && a.phoneNumber == b.phoneNumber && a.reason == b.reason;
    }
};
Q_DECLARE_METATYPE(DroppedNumber)

// The organisation's sending numbers for a broadcast project, checkable, with the channel's
// eligibility rules of the contract: on 10DLC only local numbers; on toll-free only the
// toll-free numbers of the chosen verification (none chosen: none). Ineligible rows are not
// enabled and say why in their tooltip. At most Validation::BroadcastMaxNumbers (49) can be
// chosen: a 50th is refused with limitReached(). Built for 10,000 numbers: rows are found
// through a hash, a new list is one reset, a bulk change one dataChanged().
//
//     NumberSelectionModel model;
//     model.setChannel(BroadcastChannel::TollFree);      // restoring a draft: channel and
//     model.setTollFreeVerification(draft.verification); // verification first, then the ids
//     model.setNumbers(numbers);                         // any time; one reset
//     model.setSelectedIds(draft.numberIds);             // order kept; unknown ids kept too
//     connect(&model, &NumberSelectionModel::droppedNumbers, form, [](auto &dropped) {
//         banner->show(NumberSelectionModel::droppedMessage(dropped)); });
//
// selectedIds() is what the draft keeps, in the order chosen. An id that is not among the
// numbers (a draft restored before the lists loaded, or a number since released) is kept and
// listed by unknownSelectedIds(), never silently dropped: the rules report it as not_found and
// the user removes it. A chosen number that becomes ineligible is dropped and reported by
// droppedNumbers().
class NumberSelectionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberSelectionModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PhoneNumberRole,  // E.164
        TypeRole,         // "local" or "toll-free" (the contract's words)
        VerificationRole, // toll-free verification id, or empty
        AreaCodeRole,     // "206" for a +1 number, else empty
        EligibleRole,     // bool: the channel (and verification) allows it
        ChosenRole,       // bool
    };

    // Why a row cannot be chosen (None: it can).
    enum class Ineligibility { None, TollFreeOnTenDlc, LocalOnTollFree, NoVerificationChosen, OtherVerification };

    // What the proxy and the chosen list read directly (a data() call per row and keystroke
    // would be the slow part of filtering 10,000 numbers).
    struct Entry
    {
        Validation::BroadcastNumberRef ref;
        QString display;  // "+1 206 555 0143"
        QString digits;   // "12065550143"
        QString areaCode; // "206"
        Ineligibility why = Ineligibility::None;
        bool chosen = false;
    };

    explicit NumberSelectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The organisation's numbers, in the order to show them: one reset. The selection is kept
    // by id; a chosen id that turns out ineligible is dropped and reported.
    void setNumbers(const QList<Validation::BroadcastNumberRef> &numbers);
    const Entry &entryAt(int row) const { return m_entries.at(row); }
    // The row of a number id, or -1.
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }

    // Changing either drops the chosen numbers that are no longer eligible (droppedNumbers()).
    void setChannel(Validation::BroadcastChannel channel);
    Validation::BroadcastChannel channel() const { return m_channel; }
    void setTollFreeVerification(const QString &verificationId);
    QString tollFreeVerification() const { return m_verificationId; }
    // Verification id -> name, for the reasons ("Belongs to another toll-free verification
    // (Acme Health)"); an id without a name is shown as the id.
    void setVerificationNames(const QHash<QString, QString> &names);
    QString verificationName(const QString &verificationId) const;

    // Read-only: nothing can be checked or unchecked (a sent draft, a read-only window).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Chooses or lets go of one number; false when refused (ineligible, read-only, or the
    // 50th: then limitReached() says so). Letting go works for unknown ids too.
    bool setChosen(const QString &id, bool chosen);
    // Chooses every eligible number of these rows, all or none: false (and nothing chosen)
    // when that would pass the limit.
    bool chooseRows(const QList<int> &rows);
    bool isChosen(const QString &id) const { return m_selectedSet.contains(id); }

    QStringList selectedIds() const { return m_selected; }
    // Replaces the selection (a draft being restored): duplicates are ignored, unknown ids
    // kept, ineligible known ones dropped and reported. Never refused for the count: a draft
    // with too many numbers shows them all and the rules say what is wrong.
    void setSelectedIds(const QStringList &ids);
    // Chosen ids that are not among the numbers, in the order chosen.
    QStringList unknownSelectedIds() const;
    int selectedCount() const { return int(m_selected.size()); }
    void clear();

    // Short reason for a dropped number ("toll-free, not allowed on 10DLC").
    QString shortReason(Ineligibility why, const QString &verificationId) const;
    // The tooltip of an ineligible row.
    QString reason(Ineligibility why, const QString &verificationId) const;
    // "Dropped 2 numbers: +1 833 555 0100 (toll-free, not allowed on 10DLC), +1 ..." naming at
    // most three numbers ("and 4 more").
    static QString droppedMessage(const QList<DroppedNumber> &dropped);
    // Whether what droppedMessage(dropped) says still holds: each of those numbers is still
    // ineligible, for the reason it gave (false once the channel that ruled them out is left).
    bool stillHolds(const QList<DroppedNumber> &dropped) const;
    // Why numbers are greyed out under the rules as they are, in one sentence for the
    // picker's message line and its list's accessible description ("Choose a toll-free
    // verification first: …"); "" when every number can be chosen.
    QString rulesNote() const;
    // The message limitReached() carries.
    static QString limitMessage();
    // "+1 206 555 0143" for a +1 number of 10 digits, the E.164 text as it is otherwise.
    static QString displayNumber(const QString &e164);

signals:
    // The chosen ids or their order changed (also when an unknown id became known).
    void selectionChanged();
    void limitReached(const QString &message);
    // The channel or verification changed: which numbers are eligible may have too. Comes
    // before the droppedNumbers() of the same change.
    void rulesChanged();
    void droppedNumbers(const QList<DroppedNumber> &dropped);

private:
    Ineligibility eligibility(const Validation::BroadcastNumberRef &ref) const;
    // Recomputes every row's eligibility after a rule change, drops and reports.
    void applyRules();
    // Lets go of the known chosen ids that are no longer eligible; returns them.
    QList<DroppedNumber> dropIneligible();
    void emitRowsChanged(const QList<int> &rows);

    QList<Entry> m_entries;
    QHash<QString, int> m_rowById;
    QStringList m_selected;     // in the order chosen, unknown ids included
    QSet<QString> m_selectedSet;
    Validation::BroadcastChannel m_channel = Validation::BroadcastChannel::TenDlc;
    QString m_verificationId;
    QHash<QString, QString> m_verificationNames;
    bool m_readOnly = false;
};

// Filters a NumberSelectionModel for the picker and shows the eligible numbers first, each
// group in the order of the numbers (digits first to last, as E.164 reads). The filter text matches the digits of the number (typed
// with or without +, spaces, dashes or brackets), so an area code too, and words match the
// type ("local", "toll-free", "toll free") or the verification's name; digits and words
// together must both match ("local 206").
//
//     proxy.setSourceModel(&model);
//     proxy.setFilterText(u"+1 (206) 555"_s);
//     QString why;
//     button->setEnabled(proxy.canSelectAllVisible(&why));
//     button->setToolTip(why);
class NumberSelectionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberSelectionFilterModel)

public:
    explicit NumberSelectionFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Only the chosen numbers.
    void setChosenOnly(bool chosenOnly);
    bool isChosenOnly() const { return m_chosenOnly; }

    // Rows shown that could still be chosen (eligible, not chosen).
    int visibleChoosableCount() const;
    // True when choosing every such row stays within the limit; otherwise *why says why
    // ("312 numbers match; a project takes at most 49"). *why is the button's tooltip either way.
    bool canSelectAllVisible(QString *why = nullptr) const;
    // Chooses every eligible visible row; false (nothing chosen) when not allowed.
    bool selectAllVisible();

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QList<int> visibleChoosableRows() const;

    NumberSelectionModel *m_numbers = nullptr;
    QString m_text;
    QString m_digits;  // of the filter text
    QString m_letters; // of the filter text, lower case, without spaces and dashes
    bool m_chosenOnly = false;
};

// The chosen numbers in the order chosen, for the picker's second list; unknown ids are rows
// too (shown as the id, with a tooltip saying they were not found) so they can be removed.
class ChosenNumbersModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChosenNumbersModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, KnownRole };

    explicit ChosenNumbersModel(NumberSelectionModel *numbers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Lets go of the chosen number of these rows.
    void removeChosen(const QList<int> &rows);

private:
    void reload();

    NumberSelectionModel *m_numbers;
    QStringList m_ids;
};
