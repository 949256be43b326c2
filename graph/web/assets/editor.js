// kg serve: a stand-in for the Monaco editor.
//
// Cayley's UI loads Monaco (its query editor and result viewer) from cdn.jsdelivr.net.
// kg serve must work without a network and ask nothing of other hosts, so this file
// defines window.monaco before the bundle starts; the bundle's loader then uses it and
// never fetches anything. It offers the part of Monaco's API the UI calls, over a plain
// <textarea>: Ctrl+Enter (Cmd+Enter) runs the query, Tab indents.
(function () {
  "use strict";
  if (window.monaco && window.monaco.editor) {
    return;
  }

  var KeyMod = { CtrlCmd: 2048, Shift: 1024, Alt: 512, WinCtrl: 256 };
  var KeyCode = { Enter: 3 };

  function noop() {}
  function disposable(list, item) {
    return {
      dispose: function () {
        var i = list.indexOf(item);
        if (i >= 0) {
          list.splice(i, 1);
        }
      }
    };
  }

  function Model(editor) {
    this._editor = editor;
  }
  Model.prototype.getValue = function () {
    return this._editor.getValue();
  };
  Model.prototype.setValue = function (value) {
    this._editor.setValue(value);
  };
  Model.prototype.getFullModelRange = function () {
    var lines = this.getValue().split("\n");
    return {
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: lines.length,
      endColumn: lines[lines.length - 1].length + 1
    };
  };
  Model.prototype.dispose = noop;

  function Editor(container, options) {
    var self = this;
    var area = document.createElement("textarea");
    area.className = "kg-editor";
    area.spellcheck = false;
    area.setAttribute("autocomplete", "off");
    area.setAttribute("autocapitalize", "off");
    area.setAttribute("data-language", options.language || "");
    area.setAttribute("aria-label", options.readOnly ? "Result" : "Query");
    area.readOnly = !!options.readOnly;
    area.value = options.value == null ? "" : String(options.value);
    container.appendChild(area);
    this._area = area;
    this._model = new Model(this);
    this._listeners = [];
    this._actions = [];
    area.addEventListener("input", function () {
      self._changed();
    });
    area.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        var ran = false;
        self._actions.forEach(function (action) {
          if ((action.keybindings || []).indexOf(KeyMod.CtrlCmd | KeyCode.Enter) >= 0) {
            ran = true;
            action.run(self);
          }
        });
        if (ran) {
          event.preventDefault();
        }
      } else if (event.key === "Tab" && !area.readOnly && !event.shiftKey) {
        event.preventDefault();
        var start = area.selectionStart;
        area.value = area.value.slice(0, start) + "  " + area.value.slice(area.selectionEnd);
        area.selectionStart = area.selectionEnd = start + 2;
        self._changed();
      }
    });
  }
  Editor.prototype._changed = function () {
    var event = { changes: [] };
    this._listeners.slice().forEach(function (listener) {
      listener(event);
    });
  };
  Editor.prototype.getValue = function () {
    return this._area.value;
  };
  Editor.prototype.setValue = function (value) {
    this._area.value = value == null ? "" : String(value);
    this._changed();
  };
  Editor.prototype.getModel = function () {
    return this._model;
  };
  // The UI only ever replaces the whole text.
  Editor.prototype.executeEdits = function (source, edits) {
    var self = this;
    (edits || []).forEach(function (edit) {
      self.setValue(edit.text);
    });
    return true;
  };
  Editor.prototype.pushUndoStop = noop;
  Editor.prototype.setScrollPosition = function (position) {
    if (position && typeof position.scrollTop === "number") {
      this._area.scrollTop = position.scrollTop;
    }
  };
  Editor.prototype.updateOptions = function (options) {
    if (options && "readOnly" in options) {
      this._area.readOnly = !!options.readOnly;
    }
  };
  Editor.prototype.onDidChangeModelContent = function (listener) {
    this._listeners.push(listener);
    return disposable(this._listeners, listener);
  };
  Editor.prototype.addAction = function (action) {
    this._actions.push(action);
    return disposable(this._actions, action);
  };
  Editor.prototype.layout = noop;
  Editor.prototype.focus = function () {
    this._area.focus();
  };
  Editor.prototype.dispose = function () {
    this._listeners = [];
    this._actions = [];
    if (this._area.parentNode) {
      this._area.parentNode.removeChild(this._area);
    }
  };

  var languageDefaults = { setCompilerOptions: noop, addExtraLib: noop, setDiagnosticsOptions: noop };

  window.monaco = {
    KeyMod: KeyMod,
    KeyCode: KeyCode,
    editor: {
      create: function (container, options) {
        return new Editor(container, options || {});
      },
      defineTheme: noop,
      setTheme: noop,
      setModelLanguage: function (model, language) {
        if (model && model._editor) {
          model._editor._area.setAttribute("data-language", language || "");
        }
      }
    },
    languages: {
      register: noop,
      typescript: {
        ScriptTarget: { ES3: 0, ES5: 1, ES2015: 2, Latest: 99 },
        javascriptDefaults: languageDefaults,
        typescriptDefaults: languageDefaults
      }
    }
  };

  var style = document.createElement("style");
  style.textContent =
    "textarea.kg-editor{display:block;width:100%;height:100%;box-sizing:border-box;margin:0;" +
    "padding:8px;border:1px solid #ddd;resize:none;tab-size:2;" +
    "font:13px/1.45 Menlo,Monaco,Consolas,'Courier New',monospace;white-space:pre;overflow:auto}" +
    "textarea.kg-editor[readonly]{background:#fafafa}" +
    ".material-icons{font-style:normal}";
  document.head.appendChild(style);

  // Without the Material Icons font an icon shows its name ("play_circle_filled");
  // show a plain symbol instead for the icons the UI uses.
  var icons = { play_circle_filled: "\u25B6", check_circle: "\u2713", error: "\u26A0" };
  function replaceIcons(root) {
    if (!root || !root.querySelectorAll) {
      return;
    }
    var found = root.querySelectorAll(".material-icons");
    for (var i = 0; i < found.length; i++) {
      var symbol = icons[found[i].textContent];
      if (symbol) {
        found[i].textContent = symbol;
      }
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    replaceIcons(document.body);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        var node = mutation.target.nodeType === 1 ? mutation.target : mutation.target.parentNode;
        replaceIcons(node && node.parentNode ? node.parentNode : node);
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
})();
