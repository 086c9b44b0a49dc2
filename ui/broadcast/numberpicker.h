#pragma once

#include <QString>
#include <QWidget>

class ChosenNumbersModel;
class NumberSelectionFilterModel;
class NumberSelectionModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
struct DroppedNumber;

// The New broadcast project form's sending numbers: a filter box, the organisation's numbers
// as a checkable list (the channel's numbers enabled, the others disabled with the reason on
// hover), "Select all visible" and "Clear", the chosen numbers as a second list with "Remove"
// (and Delete), a running count against the limit of 49, and a message line for a refused
// 50th choice or for the numbers a channel change dropped. Space checks the current number.
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

    // The message line's text ("" when none).
    QString message() const;
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
    bool m_keepMessage = false;  // a drop's message, until its selectionChanged() has passed
    bool m_updatePending = false;
};
