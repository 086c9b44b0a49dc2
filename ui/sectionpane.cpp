#include "sectionpane.h"

QList<QAction *> SectionPane::toolBarActions() const
{
    const PaneActions actions = paneActions();
    QList<QAction *> list;
    if (actions.create)
        list << actions.create;
    list << actions.other;
    if (!actions.selection.isEmpty()) {
        if (!list.isEmpty())
            list << nullptr;
        list << actions.selection;
    }
    return list;
}
