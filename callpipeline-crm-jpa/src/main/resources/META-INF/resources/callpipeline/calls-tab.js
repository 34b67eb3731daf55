/*
 * The "שיחות מוקלטות" (recorded calls) tab of callpipeline-crm-jpa: one tag on any page, no build.
 *
 *   <script src="/callpipeline/calls-tab.js" defer></script>
 *   <callpipeline-calls customer-id="42"></callpipeline-calls>
 *
 * or, on the page of a host's own customer (a HostCustomers bean links calls to it):
 *
 *   <callpipeline-calls customer-ref="the host's id"></callpipeline-calls>
 *
 * Attributes: customer-id or customer-ref (one is required), api (default /callpipeline/api), page-size (default 20),
 * poll-ms (default 3000: how often calls still in processing are refreshed).
 * Right-to-left Hebrew; numbers and English inside Hebrew text keep their order (bidi isolation).
 */
(() => {
  'use strict';

  const STATUS = {
    received: 'התקבלה',
    processing: 'בעיבוד',
    completed: 'הושלמה',
    gibberish: 'לא זוהה דיבור',
    rejected: 'נדחתה',
    failed: 'נכשלה'
  };
  const NEXT_STEP = {
    RECEIVED: 'ממתינה לאימות ההקלטה',
    VERIFIED: 'מתמללת את השיחה',
    TRANSCRIBED: 'בודקת את התמלול',
    CHECKED: 'מנסחת תשובה'
  };
  const STYLE = `
    /* Scoped under .cp-calls so the host page's own styles (buttons, paragraphs) do not leak in. */
    .cp-calls { direction: rtl; color: #1f2328; font-family: system-ui, "Segoe UI", Arial, sans-serif; line-height: 1.5; }
    .cp-calls h2 { font-size: 1.2em; margin: 0 0 .75em; }
    .cp-call { border: 1px solid #d0d7de; border-radius: 8px; padding: .75em 1em; margin-bottom: 1em; background: #fff; }
    .cp-meta { display: flex; flex-wrap: wrap; gap: .25em 1.5em; margin: 0 0 .5em; }
    .cp-meta div { display: flex; gap: .4em; }
    .cp-meta dt { font-weight: 600; color: #57606a; }
    .cp-meta dd { margin: 0; }
    .cp-section h3 { font-size: 1em; margin: .75em 0 .25em; color: #24292f; }
    .cp-calls .cp-segment { display: block; width: 100%; text-align: start; background: none; color: inherit;
      border: 0; border-radius: 4px; margin: 0; padding: .15em .3em; font: inherit; cursor: pointer;
      unicode-bidi: plaintext; }
    .cp-calls .cp-segment:hover, .cp-calls .cp-segment:focus { background: #f0f6ff; }
    .cp-calls .cp-segment .cp-at { color: #57606a; font-size: .85em; }
    .cp-calls .cp-speaker { font-weight: 600; }
    .cp-calls .cp-speaker-agent { color: #0a5a2a; }
    .cp-calls .cp-segment.cp-invented { color: #57606a; text-decoration: line-through; }
    .cp-calls .cp-invented-tag { text-decoration: none; display: inline-block; font-size: .85em; border: 1px solid #57606a;
      border-radius: 3px; padding: 0 .3em; margin-inline-end: .3em; }
    .cp-status-completed { color: #1a7f37; } .cp-status-processing, .cp-status-received { color: #9a6700; }
    .cp-status-gibberish, .cp-status-rejected, .cp-status-failed { color: #cf222e; }
    .cp-note { border-radius: 6px; padding: .4em .6em; margin: .5em 0; }
    .cp-calls .cp-retry { margin-inline-start: .75em; padding: .1em .8em; border: 1px solid #cf222e; border-radius: 4px;
      background: #fff; color: #cf222e; font: inherit; cursor: pointer; }
    .cp-progress { background: #fff8c5; } .cp-warning, .cp-error { background: #ffebe9; }
    .cp-calls audio { width: 100%; margin-top: .25em; }
    .cp-empty { color: #57606a; }
    .cp-calls .cp-download { display: inline-block; margin-top: .25em; }
    .cp-calls .cp-search { display: flex; gap: .5em; margin: 0 0 1em; }
    .cp-calls .cp-segment.cp-match { background: #fff8c5; outline: 1px solid #9a6700; }
    .cp-calls .cp-reanswer { padding: .1em .8em; border: 1px solid #0969da; border-radius: 4px; background: #fff;
      color: #0969da; font: inherit; cursor: pointer; }
    .cp-calls .cp-fields { margin: .5em 0; padding: 0; list-style: none; }
    .cp-calls .cp-field { display: flex; flex-wrap: wrap; gap: .4em; align-items: baseline; margin: .25em 0; }
    .cp-calls .cp-field button { padding: 0 .6em; border: 1px solid #0969da; border-radius: 4px; background: #fff;
      color: #0969da; font: inherit; cursor: pointer; }
    .cp-calls .cp-field-state { color: #57606a; font-size: .9em; }
    .cp-calls .cp-field[data-decision='accepted'] .cp-field-value,
    .cp-calls .cp-field[data-decision='edited'] .cp-field-value { font-weight: 600; color: #1a7f37; }
    .cp-calls .cp-field[data-decision='rejected'] .cp-field-value { text-decoration: line-through; color: #57606a; }
    .cp-calls .cp-lead { margin: .25em 0; } .cp-calls .cp-lead-score { font-weight: 600; }
    .cp-calls .cp-tasks { margin: .5em 0; padding: 0; list-style: none; }
    .cp-calls .cp-task { display: flex; flex-wrap: wrap; gap: .4em; align-items: baseline; margin: .25em 0; }
    .cp-calls .cp-task button { padding: 0 .6em; border: 1px solid #1a7f37; border-radius: 4px; background: #fff;
      color: #1a7f37; font: inherit; cursor: pointer; }
    .cp-calls .cp-task[data-status='done'] .cp-task-text { text-decoration: line-through; color: #57606a; }
    .cp-calls .cp-task-due { color: #57606a; font-size: .9em; }
    .cp-calls .cp-reply { margin: .5em 0; display: flex; flex-direction: column; gap: .3em; max-width: 40em; }
    .cp-calls .cp-reply textarea { font: inherit; min-height: 4em; }
    .cp-calls .cp-reply-send { align-self: flex-start; padding: .1em .8em; border: 1px solid #1a7f37;
      border-radius: 4px; background: #fff; color: #1a7f37; font: inherit; cursor: pointer; }
    .cp-calls .cp-replies { margin: .25em 0; padding: 0; list-style: none; }
    .cp-calls .cp-sent[data-status='refused'] .cp-sent-status, .cp-calls .cp-sent[data-status='failed'] .cp-sent-status,
    .cp-calls .cp-sent[data-status='undelivered'] .cp-sent-status { color: #cf222e; font-weight: 600; }
    .cp-calls .cp-earlier { margin-top: .5em; } .cp-calls .cp-earlier-answer { border-inline-start: 3px solid #d0d7de;
      padding-inline-start: .75em; margin: .5em 0; }
    .cp-calls .cp-pager { display: flex; gap: 1em; align-items: center; margin: .5em 0 1em; }
    .cp-calls .cp-page { padding: .2em .9em; border: 1px solid #0969da; border-radius: 4px; background: #fff;
      color: #0969da; font: inherit; cursor: pointer; }
    .cp-calls .cp-page[disabled] { border-color: #d0d7de; color: #57606a; cursor: default; }
    .cp-calls .cp-erase { padding: .1em .8em; border: 1px solid #cf222e; border-radius: 4px; background: #fff;
      color: #cf222e; font: inherit; cursor: pointer; }
    .cp-calls .cp-erase[data-armed="true"] { background: #cf222e; color: #fff; }
    .cp-calls .cp-privacy { margin: .5em 0 0; }
  `;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  function clock(seconds) {
    const s = Math.max(0, Math.round(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
  const LTR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Nd}]/u;

  /**
   * Text with its left-to-right stretches (numbers, English, SIDs, addresses) each in its own
   * <bdi dir="ltr">, so inside Hebrew they keep their order and do not swap places with each other.
   */
  function bidi(text) {
    if (text === null || text === undefined) {
      return [];
    }
    const chars = Array.from(String(text));
    const out = [];
    let plain = '';
    for (let i = 0; i < chars.length;) {
      const startsLtr = LTR.test(chars[i]) || (chars[i] === '+' && i + 1 < chars.length && /\p{Nd}/u.test(chars[i + 1]));
      if (!startsLtr) {
        plain += chars[i++];
        continue;
      }
      let end = i;
      for (let j = i; j < chars.length && !RTL.test(chars[j]); j++) {
        if (LTR.test(chars[j])) {
          end = j;
        }
      }
      if (plain) {
        out.push(plain);
        plain = '';
      }
      out.push(el('bdi', {dir: 'ltr'}, chars.slice(i, end + 1).join('')));
      i = end + 1;
    }
    if (plain) {
      out.push(plain);
    }
    return out;
  }

  /** The reason's Hebrew label comes with the call (one catalogue on the server); the code stays for support. */
  function reason(error) {
    return el('span', {}, (error.label || 'שגיאה') + ' (', el('bdi', {dir: 'ltr'}, error.code), ')');
  }

  /**
   * Spring Security's CSRF token, wherever the host page has it: the usual meta tags; else the hidden
   * _csrf field of any form on the page (Thymeleaf adds one to every POST form, such as a logout
   * button), sent in Spring Security's default header; else the XSRF-TOKEN cookie of a cookie-based
   * repository. Without one, a host with CSRF protection answers the tab's buttons 403.
   */
  function csrfHeaders() {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      return {[header.content]: token.content};
    }
    const field = document.querySelector('input[type="hidden"][name="_csrf"]');
    if (field && field.value) {
      return {'X-CSRF-TOKEN': field.value};
    }
    const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
    return cookie ? {'X-XSRF-TOKEN': decodeURIComponent(cookie.substring('XSRF-TOKEN='.length))} : {};
  }

  function meta(call) {
    const who = call.counterpart === null ? '—'
      : call.withheld ? 'מספר חסוי' : el('bdi', {dir: 'ltr', class: 'cp-number'}, call.counterpart);
    const item = (label, value, cls) => el('div', {}, el('dt', {}, label), el('dd', {class: cls}, value));
    return el('dl', {class: 'cp-meta'},
      item('תאריך', el('time', {datetime: call.occurredAt}, el('bdi', {}, call.displayTime))),
      item('משך', call.durationSeconds === null ? '—' : el('bdi', {dir: 'ltr'}, clock(call.durationSeconds))),
      item('סטטוס', STATUS[call.status] || call.status, 'cp-status cp-status-' + call.status),
      item(call.direction === 'outbound' ? 'אל' : 'מתקשר', who),
      language(call.transcript, item));
  }

  /** The call's language, and whether it took a second transcription (without the Hebrew hint). */
  function language(t, item) {
    if (!t || !t.languageName) {
      return null;
    }
    const again = t.passes > 1 ? el('span', {class: 'cp-passes'}, ' · תומללה פעמיים') : null;
    return item('שפה', el('span', {class: 'cp-language', 'data-language': t.language}, t.languageName, again));
  }

  function notes(call) {
    const out = [];
    if (!call.finished) {
      const step = NEXT_STEP[call.stage] || 'בעיבוד';
      out.push(el('p', {class: 'cp-note cp-progress', role: 'status'}, step + '…',
        call.error ? el('span', {}, ' — ניסיון חוזר אחרי: ', reason(call.error)) : ''));
    }
    if (call.status === 'gibberish' && call.transcript) {
      const unheard = call.transcript.passes === 0;
      out.push(el('p', {class: 'cp-note cp-warning'},
        unheard ? 'ההקלטה לא תומללה ולא נוסחה תשובה: ' : 'התמלול זוהה כג׳יבריש ולא נוסחה תשובה: ',
        el('span', {dir: 'auto'}, call.transcript.gibberishExplanation || ''),
        ' (' + call.transcript.gibberishReason + ')'));
    }
    if (call.audioDeletedAt) {
      out.push(el('p', {class: 'cp-note cp-audio-deleted'}, 'ההקלטה נמחקה בתום תקופת השמירה.'));
    }
    if ((call.status === 'failed' || call.status === 'rejected') && call.error) {
      out.push(el('p', {class: 'cp-note cp-error'},
        call.status === 'failed' ? 'העיבוד נכשל: ' : 'השיחה נדחתה: ', reason(call.error),
        call.error.retryable ? el('button', {type: 'button', class: 'cp-retry', 'data-retry': String(call.id)},
          'נסו שוב') : ''));
    }
    return out;
  }

  function transcript(call, audio) {
    const t = call.transcript;
    if (!t) {
      return null;
    }
    const body = t.segments.length === 0
      ? el('p', {dir: 'auto'}, bidi(t.text || '—'))
      : t.segments.map(s => {
          const matched = call.match && call.match.segment === s.index;
          const button = el('button', {type: 'button',
              class: 'cp-segment' + (s.hallucinated ? ' cp-invented' : '') + (matched ? ' cp-match' : ''),
              'aria-current': matched ? 'true' : null,
              'data-start': s.start, dir: 'auto',
              title: s.hallucinated ? 'קטע שהמתמלל כנראה המציא' : 'השמעה מ-' + clock(s.start)},
            el('bdi', {class: 'cp-at', dir: 'ltr'}, clock(s.start)), ' ',
            s.speaker ? el('span', {class: 'cp-speaker cp-speaker-' + s.speaker, lang: 'he'},
              s.speaker === 'agent' ? 'סוכן: ' : 'מתקשר: ') : null,
            s.hallucinated ? el('span', {class: 'cp-invented-tag'}, 'כנראה הומצא') : null,
            el('span', s.speaker === 'agent' ? {lang: 'he'} : {}, bidi(s.text)));
          button.addEventListener('click', () => {
            if (audio) {
              audio.currentTime = s.start;
              audio.play().catch(() => {});
            }
          });
          return button;
        });
    const lang = t.language && t.language !== 'und' ? {lang: t.language} : {};
    const dialogue = t.segments.some(s => s.speaker);
    return el('section', Object.assign({class: 'cp-section cp-transcript'}, lang),
      el('h3', {lang: 'he'}, dialogue ? 'תמלול השיחה (מתקשר וסוכן)' : 'תמלול'), redactions(t), body);
  }

  /** Which personal numbers were taken out of the text (counts only: the values were never kept). */
  function redactions(t) {
    const found = t.redactions || [];
    if (found.length === 0) {
      return null;
    }
    const silenced = t.silenced || [];
    return el('p', {class: 'cp-note cp-redactions', lang: 'he'}, 'הוסרו מהתמליל מטעמי פרטיות: ',
      found.map(r => r.label + (r.count > 1 ? ' ×' + r.count : '')).join(', '),
      silenced.length === 0 ? '' : el('span', {class: 'cp-silenced'}, ' · בהקלטה הושתקו: ',
        silenced.flatMap((span, i) => [i > 0 ? ', ' : '', el('bdi', {dir: 'ltr'}, clock(span.start) + '–' + clock(span.end))])));
  }

  function response(call) {
    const r = call.response;
    if (!r) {
      return null;
    }
    const line = (label, value) => value ? el('p', {}, el('strong', {}, label + ': '), el('span', {dir: 'auto'}, bidi(value))) : null;
    return el('section', {class: 'cp-section cp-response'}, el('h3', {}, 'תשובה'),
      line('סיכום', r.summary),
      line('הצעת תשובה', r.suggestedReply),
      line('כוונה', r.intent),
      lead(r.lead),
      fields(call),
      tasks(call),
      replies(call),
      composer(call),
      r.followUpNeeded ? el('p', {}, el('strong', {}, 'נדרש לחזור ללקוח')) : null,
      call.status === 'completed' ? el('button', {type: 'button', class: 'cp-reanswer', 'data-reanswer': String(call.id),
        title: 'ניסוח מחדש מהתמלול השמור, בהנחיות ובמודל של היום; התשובה הנוכחית נשמרת'}, 'ניסוח תשובה מחדש') : null,
      earlier(r.earlier || [], line));
  }

  const DECIDED = {accepted: 'אושר', edited: 'תוקן', rejected: 'נדחה'};

  /** How warm the model judged the lead, 0–100, with its reason. */
  function lead(l) {
    return l ? el('p', {class: 'cp-lead'}, el('strong', {}, 'חום הליד: '),
      el('bdi', {class: 'cp-lead-score', dir: 'ltr'}, l.score + '/100'),
      l.reason ? [' – ', el('span', {dir: 'auto'}, bidi(l.reason))] : '') : null;
  }

  /**
   * The tasks made from the answer's next steps, each with its day (worked out from the call's day) and
   * the words that said it; "בוצע" marks one done, "פתיחה מחדש" opens it again.
   */
  function tasks(call) {
    const items = call.response.tasks || [];
    if (items.length === 0) {
      return null;
    }
    return el('section', {class: 'cp-next'}, el('strong', {}, 'משימות:'),
      el('ul', {class: 'cp-tasks', 'aria-label': 'משימות מהשיחה'}, items.map(t => el('li',
        {class: 'cp-task', 'data-task-id': String(t.id), 'data-status': t.status},
        el('span', {class: 'cp-task-text', dir: 'auto'}, bidi(t.task)),
        el('span', {class: 'cp-task-due'}, dueOf(t.dueLabel),
          t.whenSaid ? [' (', el('q', {dir: 'auto'}, bidi(t.whenSaid)), ')'] : ''),
        t.status === 'done' ? el('span', {class: 'cp-task-due'}, 'בוצע · ', el('bdi', {}, t.doneBy || '')) : null,
        el('button', {type: 'button', 'data-task': String(t.id), 'data-call': String(call.id),
          'data-done': t.status === 'done' ? 'false' : 'true',
          'aria-label': (t.status === 'done' ? 'פתיחה מחדש: ' : 'בוצע: ') + t.task},
          t.status === 'done' ? 'פתיחה מחדש' : 'בוצע')))));
  }

  const CHANNEL = {sms: 'SMS', whatsapp: 'WhatsApp'};
  /** Reply statuses that will still change (a callback is expected). */
  const MOVING = ['pending', 'unconfirmed', 'accepted', 'queued', 'sending', 'sent'];

  /** What agents sent the caller, oldest first, each with its status as Twilio reports it, or why it did not go. */
  function replies(call) {
    const items = call.response.replies || [];
    if (items.length === 0) {
      return null;
    }
    return el('ul', {class: 'cp-replies', 'aria-label': 'הודעות שנשלחו ללקוח'}, items.map(r => el('li',
      {class: 'cp-sent', 'data-reply-id': String(r.id), 'data-status': r.status},
      el('strong', {}, el('bdi', {dir: 'ltr'}, CHANNEL[r.channel] || r.channel), ': '),
      el('span', {dir: 'auto'}, bidi(r.body)), ' · ',
      el('span', {class: 'cp-sent-status', role: 'status'}, r.statusLabel),
      r.reason ? [' – ', el('span', {class: 'cp-sent-reason'}, r.reason)] : '',
      el('span', {class: 'cp-task-due'}, ' · ', el('bdi', {}, r.sentBy || '')))));
  }

  /**
   * The agent edits the suggested reply and sends it by SMS or WhatsApp. The key is made once per message,
   * so a second press (or a retry after a timeout) sends nothing more; nothing is sent without the press.
   */
  function composer(call) {
    if (!call.response.canReply || call.status !== 'completed') {
      return null;
    }
    const key = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2))
      .replace(/[^A-Za-z0-9_-]/g, '');
    const text = el('textarea', {class: 'cp-reply-text', dir: 'auto', 'aria-label': 'התשובה שתישלח ללקוח'});
    text.value = call.response.suggestedReply || '';
    const count = el('bdi', {class: 'cp-task-due cp-reply-count', dir: 'ltr'}, '');
    const counted = () => { count.textContent = text.value.length + '/1600'; };
    text.addEventListener('input', counted);
    counted();
    const channel = el('select', {class: 'cp-reply-channel', 'aria-label': 'ערוץ'},
      el('option', {value: 'sms', dir: 'ltr'}, 'SMS'), el('option', {value: 'whatsapp', dir: 'ltr'}, 'WhatsApp'));
    return el('form', {class: 'cp-reply', 'data-call': String(call.id), 'data-key': key},
      el('strong', {}, 'שליחת התשובה ללקוח:'), text,
      el('span', {}, channel, ' ', count),
      el('button', {type: 'submit', class: 'cp-reply-send'}, 'שליחה ללקוח'));
  }

  function replyState(call) {
    return ((call.response || {}).replies || []).map(r => r.id + ':' + r.status).join(',');
  }

  /** Whether the call may still change: processing, or a reply whose status is still to come. */
  function moving(call) {
    return !call.finished || ((call.response || {}).replies || []).some(r => MOVING.includes(r.status));
  }

  /** "עד יום חמישי, 10.12.2026" with the date isolated, or "ללא תאריך". */
  function dueOf(label) {
    if (!label) {
      return 'ללא תאריך';
    }
    const comma = label.lastIndexOf(', ');
    return comma < 0 ? ['עד ', el('bdi', {dir: 'ltr'}, label)]
      : ['עד ' + label.slice(0, comma) + ', ', el('bdi', {dir: 'ltr'}, label.slice(comma + 2))];
  }

  function doneCount(call) {
    return String(((call.response || {}).tasks || []).filter(t => t.status === 'done').length);
  }

  /**
   * The fields of the host's schema, in its order and under its labels, each a proposal the agent
   * accepts, edits or rejects; only then does the customer change. Fields not said and not decided are
   * left out.
   */
  function fields(call) {
    const items = ((call.response.extracted || {}).fields || []).filter(f => f.value || f.decision);
    if (items.length === 0) {
      return null;
    }
    return el('ul', {class: 'cp-fields', 'aria-label': 'פרטים שחולצו מהשיחה'}, items.map(f => {
      const shown = f.decision === 'accepted' || f.decision === 'edited' ? f.confirmed : f.value;
      const state = f.decision
        ? el('span', {class: 'cp-field-state'}, DECIDED[f.decision] + ' · ', el('bdi', {}, f.decidedBy || ''),
            ' · ', el('bdi', {dir: 'ltr'}, new Date(f.decidedAt).toLocaleString('he-IL', {timeZone: 'Asia/Jerusalem'})))
        : el('span', {class: 'cp-field-state'}, 'הצעה');
      const button = (decision, label) => el('button', {type: 'button', 'data-field': f.name, 'data-decision': decision,
        'data-call': String(call.id), 'aria-label': label + ': ' + (f.label || f.name)}, label);
      return el('li', {class: 'cp-field', 'data-field-name': f.name, 'data-decision': f.decision || ''},
        el('strong', {}, (f.label || f.name) + ': '), el('span', {class: 'cp-field-value', dir: 'auto'}, bidi(shown || '—')),
        state,
        f.value && f.decision !== 'accepted' ? button('accept', 'אישור') : null,
        button('edit', 'עריכה'),
        f.decision !== 'rejected' ? button('reject', 'דחייה') : null);
    }));
  }

  /** The answers a call had before it was answered again, newest first, folded away. */
  function earlier(answers, line) {
    if (answers.length === 0) {
      return null;
    }
    return el('details', {class: 'cp-earlier'},
      el('summary', {}, 'תשובות קודמות (', el('bdi', {dir: 'ltr'}, String(answers.length)), ')'),
      answers.slice().reverse().map(a => el('div', {class: 'cp-earlier-answer'},
        line('סיכום', a.summary), line('הצעת תשובה', a.suggestedReply), line('כוונה', a.intent),
        el('p', {class: 'cp-note'}, 'מודל: ', el('bdi', {dir: 'ltr'}, a.model || '—')))));
  }

  /** An admin's "erase" button: the first press arms it, the second erases, so nothing goes by a slip. */
  function eraseButton(attribute, id, label) {
    return el('p', {class: 'cp-privacy'}, el('button', {type: 'button', class: 'cp-erase', [attribute]: String(id),
      'data-label': label, title: 'מחיקה לצמיתות, לבקשת הלקוח: התמלול, התשובות וההקלטה (גם אצל Twilio)'}, label));
  }

  function decidedCount(call) {
    return String(((call.response && call.response.extracted) || {}).decisions ? call.response.extracted.decisions.length : 0);
  }

  function card(call, canErase) {
    const audio = call.audioUrl ? el('audio', {controls: true, preload: 'metadata', src: call.audioUrl,
      'aria-label': 'הקלטת השיחה מ-' + call.displayTime}) : null;
    return el('article', {class: 'cp-call', 'data-call-id': call.id, 'data-status': call.status,
        'data-updated': call.updatedAt, 'data-match': call.match ? call.match.segment : '',
        'data-decided': decidedCount(call), 'data-done': doneCount(call), 'data-replies': replyState(call)},
      meta(call), notes(call), transcript(call, audio), response(call),
      audio ? el('section', {class: 'cp-section cp-player'}, el('h3', {}, 'האזנה'), audio,
        el('a', {class: 'cp-download', href: call.audioUrl + '?download=true', download: true}, 'הורדת ההקלטה'))
        : null,
      canErase ? eraseButton('data-erase', call.id, 'מחיקת השיחה לצמיתות') : null);
  }

  class CallpipelineCalls extends HTMLElement {
    connectedCallback() {
      if (!document.getElementById('callpipeline-calls-style')) {
        document.head.append(el('style', {id: 'callpipeline-calls-style'}, STYLE));
      }
      this.list = el('div', {class: 'cp-list', 'aria-live': 'polite'});
      this.list.addEventListener('submit', event => {
        const form = event.target.closest('form.cp-reply');
        if (form) {
          event.preventDefault();
          this.sendReply(form);
        }
      });
      this.list.addEventListener('click', event => {
        const button = event.target.closest('button[data-retry]');
        if (button) {
          this.retry(button.dataset.retry, button);
        }
        const again = event.target.closest('button[data-reanswer]');
        if (again) {
          this.reanswer(again.dataset.reanswer, again);
        }
        const erase = event.target.closest('button[data-erase]');
        if (erase) {
          this.erase('/calls/' + encodeURIComponent(erase.dataset.erase), erase, false);
        }
        const field = event.target.closest('button[data-field]');
        if (field) {
          this.decideField(field);
        }
        const task = event.target.closest('button[data-task]');
        if (task) {
          this.send('/calls/' + encodeURIComponent(task.dataset.call) + '/tasks/' + encodeURIComponent(task.dataset.task),
            {done: task.dataset.done === 'true'}, task);
        }
      });
      this.page = 0;
      this.pager = el('nav', {class: 'cp-pager', 'aria-label': 'עמודי השיחות', hidden: true});
      this.pager.addEventListener('click', event => {
        const button = event.target.closest('button[data-page]');
        if (button && !button.disabled) {
          this.page = Number(button.dataset.page);
          this.load().then(() => this.list.focus());
        }
      });
      this.list.setAttribute('tabindex', '-1');
      const csv = this.api() + '/customers/' + this.customerPath() + '/calls.csv';
      this.query = '';
      const input = el('input', {type: 'search', class: 'cp-query', 'aria-label': 'חיפוש בשיחות הלקוח',
        placeholder: 'חיפוש במה שנאמר'});
      const search = el('form', {class: 'cp-search', role: 'search'}, input,
        el('button', {type: 'submit'}, 'חיפוש'));
      search.addEventListener('submit', event => {
        event.preventDefault();
        this.query = input.value.trim();
        this.page = 0;
        this.load();
      });
      this.customerTools = el('div', {class: 'cp-customer-tools'});
      this.customerTools.addEventListener('click', event => {
        const erase = event.target.closest('button[data-erase-customer]');
        if (erase) {
          this.erase('/customers/' + this.customerPath(), erase, true);
        }
      });
      this.replaceChildren(el('section', {class: 'cp-calls', dir: 'rtl', lang: 'he'},
        el('h2', {}, 'שיחות מוקלטות'), search,
        el('p', {class: 'cp-export'}, el('a', {href: csv, download: true}, 'ייצוא השיחות לקובץ ',
          el('bdi', {dir: 'ltr'}, 'CSV'))),
        this.list, this.pager, this.customerTools));
      this.canErase = false;
      this.fetchJson(this.api() + '/privacy/me').then(me => {
        this.canErase = Boolean(me && me.erase);
      }).catch(() => {}).finally(() => {
        if (this.canErase) {
          this.customerTools.replaceChildren(eraseButton('data-erase-customer', 'customer',
            'מחיקת הלקוח וכל שיחותיו לצמיתות'));
        }
        this.load();
      });
    }

    /**
     * An admin's erasure on request (a call, or the customer with all their calls): armed by the
     * first press, done by the second.
     */
    async erase(path, button, wholeCustomer) {
      if (button.dataset.armed !== 'true') {
        button.dataset.armed = 'true';
        button.textContent = 'לאישור המחיקה לצמיתות לחצו שוב';
        return;
      }
      button.disabled = true;
      try {
        const answer = await fetch(this.api() + path, {method: 'DELETE',
          headers: Object.assign({Accept: 'application/json'}, csrfHeaders()), credentials: 'same-origin'});
        if (!answer.ok) {
          throw new Error('שגיאה ' + answer.status);
        }
      } catch (e) {
        button.disabled = false;
        button.dataset.armed = 'false';
        button.textContent = button.dataset.label;
        button.after(el('span', {class: 'cp-error', role: 'alert'}, ' המחיקה נכשלה: ' + e.message));
        return;
      }
      if (wholeCustomer) {
        clearTimeout(this.timer);
        this.calls = [];
        this.pager.hidden = true;
        this.customerTools.replaceChildren();
        this.list.replaceChildren(el('p', {class: 'cp-note cp-erased', role: 'status'},
          'הלקוח וכל שיחותיו נמחקו לצמיתות.'));
        return;
      }
      this.load();
    }

    disconnectedCallback() {
      clearTimeout(this.timer);
    }

    /** A failed call's "נסו שוב" button: the server re-runs it from the step where it stopped. */
    async retry(callId, button) {
      button.disabled = true;
      const api = this.getAttribute('api') || '/callpipeline/api';
      try {
        const answer = await fetch(api + '/calls/' + encodeURIComponent(callId) + '/retry', {method: 'POST',
          headers: Object.assign({Accept: 'application/json'}, csrfHeaders()), credentials: 'same-origin'});
        if (!answer.ok) {
          throw new Error('שגיאה ' + answer.status);
        }
      } catch (e) {
        button.disabled = false;
        button.after(el('span', {class: 'cp-error', role: 'alert'}, ' הניסיון החוזר נכשל: ' + e.message));
        return;
      }
      this.load();
    }

    /**
     * A field's "אישור" / "עריכה" / "דחייה". An edit first opens a box with the value to correct; Enter
     * or "שמירה" sends it, Escape cancels. The server keeps who decided what and when.
     */
    decideField(button) {
      const {field, decision, call} = button.dataset;
      if (decision !== 'edit') {
        this.sendDecision(call, field, {decision}, button);
        return;
      }
      const item = button.closest('.cp-field');
      if (item.querySelector('.cp-field-edit')) {
        return;
      }
      const current = item.querySelector('.cp-field-value').textContent.replace(/[\u2066-\u2069]/g, '');
      const input = el('input', {type: 'text', class: 'cp-field-input', dir: 'auto', maxlength: '500',
        'aria-label': 'ערך מתוקן: ' + item.querySelector('strong').textContent.replace(/: $/, '')});
      input.value = current === '—' ? '' : current;
      const save = el('button', {type: 'button', class: 'cp-field-save'}, 'שמירה');
      const form = el('span', {class: 'cp-field-edit'}, input, save);
      const send = () => this.sendDecision(call, field, {decision: 'edit', value: input.value}, save);
      save.addEventListener('click', send);
      input.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
          event.preventDefault();
          send();
        } else if (event.key === 'Escape') {
          form.remove();
        }
      });
      item.append(form);
      input.focus();
    }

    sendDecision(callId, field, body, button) {
      return this.send('/calls/' + encodeURIComponent(callId) + '/fields/' + encodeURIComponent(field), body, button);
    }

    /** Sends the reply as the agent edited it; the answer shows it with its status, or why it did not go. */
    async sendReply(form) {
      const button = form.querySelector('.cp-reply-send');
      if (button.disabled) {
        return;
      }
      await this.send('/calls/' + encodeURIComponent(form.dataset.call) + '/reply', {
        channel: form.querySelector('.cp-reply-channel').value,
        body: form.querySelector('.cp-reply-text').value,
        key: form.dataset.key}, button);
      clearTimeout(this.timer);
      this.scheduleRefresh();
    }

    /** Posts a change to a call (a field's decision, a task's mark) and shows the call as the server answers it. */
    async send(path, body, button) {
      button.disabled = true;
      try {
        const answer = await fetch(this.api() + path, {method: 'POST', credentials: 'same-origin',
          headers: Object.assign({Accept: 'application/json', 'Content-Type': 'application/json'}, csrfHeaders()),
          body: JSON.stringify(body)});
        if (!answer.ok) {
          const problem = await answer.json().catch(() => ({}));
          throw new Error(problem.detail || ('שגיאה ' + answer.status));
        }
        const fresh = await answer.json();
        this.calls = this.calls.map(call => call.id === fresh.id ? fresh : call);
        const node = this.list.querySelector('.cp-call[data-call-id="' + fresh.id + '"]');
        if (node) {
          node.replaceWith(card(fresh, this.canErase));
        }
      } catch (e) {
        button.disabled = false;
        button.after(el('span', {class: 'cp-error', role: 'alert'}, ' השמירה נכשלה: ' + e.message));
      }
    }

    /** "ניסוח תשובה מחדש": the server answers the stored transcript again and keeps the earlier answer. */
    async reanswer(callId, button) {
      button.disabled = true;
      button.textContent = 'מנסח…';
      try {
        const answer = await fetch(this.api() + '/calls/' + encodeURIComponent(callId) + '/reanswer', {method: 'POST',
          headers: Object.assign({Accept: 'application/json'}, csrfHeaders()), credentials: 'same-origin'});
        if (!answer.ok) {
          throw new Error('שגיאה ' + answer.status);
        }
        const fresh = await answer.json();
        this.calls = this.calls.map(call => call.id === fresh.id ? fresh : call);
        this.render(this.calls);
      } catch (e) {
        button.disabled = false;
        button.textContent = 'ניסוח תשובה מחדש';
        button.after(el('span', {class: 'cp-error', role: 'alert'}, ' הניסוח מחדש נכשל: ' + e.message));
      }
    }

    async load() {
      clearTimeout(this.timer);
      const size = this.getAttribute('page-size') || '20';
      const url = this.query
        ? this.api() + '/calls?' + this.customerParam() + '&q=' + encodeURIComponent(this.query) + '&size=' + size
          + '&page=' + this.page
        : this.api() + '/customers/' + this.customerPath() + '/calls?size=' + size + '&page=' + this.page;
      let page;
      try {
        page = await this.fetchJson(url);
      } catch (e) {
        this.list.replaceChildren(el('p', {class: 'cp-note cp-error', role: 'alert'}, 'טעינת השיחות נכשלה: ' + e.message));
        this.timer = setTimeout(() => this.load(), 5 * this.pollMs());
        return;
      }
      if (page.items.length === 0 && this.page > 0) {
        this.page = Math.max(0, Math.ceil(page.total / page.size) - 1); // the page emptied: show the last one
        return this.load();
      }
      this.calls = page.items;
      this.render(this.calls);
      this.renderPager(page);
      this.loadedAt = Date.now();
      this.scheduleRefresh();
    }

    api() {
      return this.getAttribute('api') || '/callpipeline/api';
    }

    /** {@code customerId=42} or {@code customerRef=abc}, for the search. */
    customerParam() {
      const ref = this.getAttribute('customer-ref');
      return ref !== null ? 'customerRef=' + encodeURIComponent(ref)
        : 'customerId=' + encodeURIComponent(this.getAttribute('customer-id'));
    }

    /** {@code 42} for customer-id="42", {@code ref/abc} for customer-ref="abc". */
    customerPath() {
      const ref = this.getAttribute('customer-ref');
      return ref !== null ? 'ref/' + encodeURIComponent(ref) : encodeURIComponent(this.getAttribute('customer-id'));
    }

    pollMs() {
      return Number(this.getAttribute('poll-ms') || 3000);
    }

    async fetchJson(url) {
      const answer = await fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
      if (!answer.ok) {
        throw new Error(answer.status === 404 ? 'הלקוח לא נמצא' : 'שגיאה ' + answer.status);
      }
      return answer.json();
    }

    /**
     * While calls are in processing, asks again for those calls only (one small request each), and
     * for the whole list (new calls) ten times less often.
     */
    scheduleRefresh() {
      if (!this.calls.some(moving)) {
        return;
      }
      this.timer = setTimeout(async () => {
        if (Date.now() - this.loadedAt >= 10 * this.pollMs()) {
          this.load();
          return;
        }
        const open = this.calls.filter(moving);
        const fresh = await Promise.all(open.map(call =>
          this.fetchJson(this.api() + '/calls/' + call.id).catch(() => call)));
        const byId = new Map(fresh.map(call => [call.id, call]));
        this.calls = this.calls.map(call => byId.get(call.id) || call);
        this.render(this.calls);
        this.scheduleRefresh();
      }, this.pollMs());
    }

    /** Newer and older calls, as buttons (keyboard-reachable); hidden when all fit on one page. */
    renderPager(page) {
      const pages = Math.max(1, Math.ceil(page.total / page.size));
      this.pager.hidden = pages <= 1;
      if (pages <= 1) {
        this.pager.replaceChildren();
        return;
      }
      const button = (label, target, disabled) => el('button', {type: 'button', class: 'cp-page',
        'data-page': target, disabled: disabled, 'aria-disabled': disabled ? 'true' : null}, label);
      this.pager.replaceChildren(
        button('חדשות יותר', this.page - 1, this.page === 0),
        el('span', {class: 'cp-page-of', 'aria-live': 'polite'}, 'עמוד ', el('bdi', {dir: 'ltr'}, String(this.page + 1)),
          ' מתוך ', el('bdi', {dir: 'ltr'}, String(pages))),
        button('ישנות יותר', this.page + 1, this.page + 1 >= pages));
    }

    /** Replaces only the calls that changed, so a player in use keeps playing. */
    render(calls) {
      if (calls.length === 0) {
        this.list.replaceChildren(el('p', {class: 'cp-empty'},
          this.query ? ['לא נמצאו שיחות שבהן נאמר ', el('q', {}, bidi(this.query))] : 'אין עדיין שיחות מוקלטות.'));
        return;
      }
      const existing = new Map([...this.list.querySelectorAll('.cp-call')].map(node => [node.dataset.callId, node]));
      const next = calls.map(call => {
        const old = existing.get(String(call.id));
        const same = old && old.dataset.updated === String(call.updatedAt)
          && old.dataset.match === (call.match ? String(call.match.segment) : '')
          && old.dataset.decided === decidedCount(call) && old.dataset.done === doneCount(call)
          && old.dataset.replies === replyState(call);
        return same ? old : card(call, this.canErase);
      });
      this.list.replaceChildren(...next);
    }
  }

  if (!customElements.get('callpipeline-calls')) {
    customElements.define('callpipeline-calls', CallpipelineCalls);
  }
})();
