#pragma once

#include "broadcast/numberselectionmodel.h"

#include <QList>
#include <QString>
#include <QWidget>

class ChosenNumbersModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

// The New broadcast project form's sending numbers: a filter box, the organisation's numbers
// as a checkable list (the channel's numbers first and enabled, the others greyed out with
// the reason on hover), "Select all visible" and "Clear", the chosen numbers as a second list
// with "Remove" (and Delete), a running count against the limit of 49, and a message line.
// The line says why numbers are greyed out (NumberSelectionModel::rulesNote(), also the
// list's accessible description, so a keyboard or screen reader user meets it too) unless it
// has a message to give: a refused 50th choice, or the numbers a channel change dropped (for
// as long as that still holds). Space checks the current number.
//
//     auto *picker = new NumberPicker(this);
//     picker->model()->setChannel(channel);                  // rules first, then the numbers
//     picker->model()->setNumbers(referenceLists.numbers);
//     picker->model()->setSelectedIds(draft.phoneNumberIds);
//     connect(picker, &NumberPicker::changed, this, [=] { draft.phoneNumberIds = picker->model()->selectedIds(); });
class NumberPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberPicker)

public:
    explicit NumberPicker(QWidget *parent = nullptr);
    ~NumberPicker() override;

    // The picker's own models: feed the numbers and rules to model().
    NumberSelectionModel *model() const { return m_model; }
    NumberSelectionFilterModel *filterModel() const { return m_filter; }
    ChosenNumbersModel *chosenModel() const { return m_chosen; }

    // Nothing can be chosen or removed; the lists can still be filtered and read.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // The message the line gives ("" when none: then it shows rulesNote()).
    QString message() const;
    // What the line shows now: the message, or else why numbers are greyed out.
    QString lineText() const;
    // Shows a message in the picker's line (the form may route its own number errors here).
    void showMessage(const QString &text);

signals:
    // The chosen numbers changed (by the user or by a rule that dropped some).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleUpdate();
    void updateState();
    void removeCurrentChosen();
    void onDropped(const QList<DroppedNumber> &dropped);
    void updateLine();

    NumberSelectionModel *m_model;
    NumberSelectionFilterModel *m_filter;
    ChosenNumbersModel *m_chosen;
    QLineEdit *m_filterEdit;
    QListView *m_list;
    QPushButton *m_selectAll;
    QPushButton *m_clear;
    QLabel *m_count;
    QListView *m_chosenList;
    QPushButton *m_remove;
    QLabel *m_message;
    QString m_messageText;          // "" while the line shows the rules' note
    QList<DroppedNumber> m_dropped; // what m_messageText says was dropped, if it is that
    QString m_listDescription;      // the list's own accessible description, before the note
    bool m_keepMessage = false;  // a drop's message, until its selectionChanged() has passed
    bool m_updatePending = false;
};
