#pragma once

#include "section.h"

class Account;
class DraftStore;
class QWidget;
class SectionPane;

// Builds the pane for one section of one account: the real pane where the section exists
// (Properties; Drafts, given the draft store), a placeholder that says the section is
// coming otherwise. The caller owns the pane. The Drafts pane lists every account's drafts.
SectionPane *createSectionPane(Account *account, Section section, DraftStore *drafts,
                               QWidget *parent = nullptr);

// True where createSectionPane() gives a real pane rather than a placeholder.
bool isSectionAvailable(Section section);
