#pragma once

#include <QObject>
#include <QPointer>

class QLineEdit;
class QWidget;

// A filter box as in Dolphin or KeePassXC: Esc clears it, a second Esc (in an empty box)
// gives the focus to the view it filters, so the keyboard goes on from there.
//
//     FilterBox::attach(m_search, m_view);   // the helper is a child of the edit
class FilterBox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBox)

public:
    static FilterBox *attach(QLineEdit *edit, QWidget *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FilterBox(QLineEdit *edit, QWidget *view);

    QLineEdit *m_edit;
    QPointer<QWidget> m_view;
};
