#pragma once

#include <QObject>
#include <QSet>

class QWidget;

// The mouse wheel scrolls a form, never a setting it happens to pass over: in a guarded form
// or dialog, a combo box, spin box or slider takes the wheel only while it has the keyboard
// focus (a click or Tab gives it), and the wheel never gives it the focus (Qt::StrongFocus).
// A turn it does not take goes on to the page around it, which scrolls.
//
// One filter on the application does it for every such widget of the guarded windows, made
// now or later (a row added to a form, a page shown on a choice): nothing is set up per
// widget. DraftForm guards every form; a dialog with a scrolled page guards itself.
//
//     WheelGuard::guard(this);        // in the form's or dialog's constructor
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    // The value widgets inside `root` (not owned) follow the rule for as long as it lives.
    static void guard(QWidget *root);
    // Whether `widget` follows the rule: a combo box, spin box or slider (not a scroll bar)
    // inside a guarded root.
    static bool guards(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
    static WheelGuard *instance();

    QSet<const QObject *> m_roots;
};
