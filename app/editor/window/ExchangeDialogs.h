#pragma once

namespace latch {

class MainWindow;

// The File menu's ways in and out of Latch, with their file dialogs and messages: import
// another tool's model, use a rule library (or TMT template) for this model, export.
class ExchangeDialogs
{
public:
    // Asks for a file, opens the imported model in a new window, then says what came in.
    static void importModel(MainWindow* window);
    static void useRuleLibrary(MainWindow* window);
    static void exportModel(MainWindow* window);
};

} // namespace latch
