import './styles.css';
import { AcknowledgeAlertDocument, AlertRulesDocument, AlertsDocument, DashboardTeamsDocument, DashboardTodayDocument, LiveBoardDocument, LiveBoardKpisDocument } from '../../clients/graphql/generated/graphql.js';
import { alertsRefused, alertsReset, applyAlert, applyBoardAlerts, noAlerts } from './alerts.js';
import { applyEvent, emptyBoard } from './board.js';
import { connect, isRefusal, type Connection, type ConnectionState } from './connection.js';
import { forgetKey, rememberKey, takeKey } from './key.js';
import { renderAgents } from './render/agents.js';
import { renderAlerts } from './render/alerts.js';
import { renderConnection } from './render/connection.js';
import { renderQueues } from './render/queues.js';
import { renderSessionsNow } from './render/sessions-now.js';
import { renderSignIn } from './render/sign-in.js';
import { renderToday } from './render/today.js';
import { renderKpis } from './render/kpis.js';
import { KPI_REFRESH_MS, type Kpis } from './kpis.js';
import type { Rule } from './thresholds.js';
import { filterBoard, readFilters, withFilters, type Filters } from './filters.js';
import { renderFilters } from './render/filters.js';
import { renderVendors } from './render/vendors.js';
import { NO_TEAMS, teamsOf, type TeamsOf } from './teams.js';
import { TODAY_REFRESH_MS, todayWindow, type Today } from './today.js';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

const view = {
  connection: byId('connection'),
  vendors: byId('vendors'),
  signOut: byId('sign-out'),
  signIn: byId('sign-in-panel'),
  board: byId('board'),
  agents: byId('agents'),
  queues: byId('queues'),
  alerts: byId('alerts'),
  sessionsNow: byId('sessions-now'),
  today: byId('today'),
  kpis: byId('kpis'),
  filters: byId('filters'),
};

// `?kiosk`: the wallboard layout (one screen, no scrolling, larger figures).
if (new URLSearchParams(location.search).has('kiosk')) document.body.classList.add('kiosk');

const REFUSED_MESSAGE = 'The gateway refused this key. Check it and sign in again.';

/** One signed-in session of the page: a socket, the board it keeps, and what it renders. */
function start(key: string): void {
  const board = emptyBoard();
  const alerts = noAlerts();
  let teams: TeamsOf = NO_TEAMS;
  let today: Today | null = null;
  let todayFailed = false;
  let kpis: Kpis | null = null;
  let kpisFailed = false;
  /** The alert rules behind the queue colours; null until read, and for a key below manager. */
  let rules: Rule[] | null = null;
  let filters: Filters = readFilters(location.search);
  const changeFilters = (next: Filters) => {
    filters = next;
    history.replaceState(null, '', `${location.pathname}${withFilters(location.search, filters)}`);
    render();
  };
  let scheduled = false;

  // Bursts of events render once.
  const render = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      view.board.dataset['paints'] = String(board.paints);
      renderVendors(view.vendors, board.vendors.values());
      renderFilters(view.filters, board, teams, filters, changeFilters);
      const shown = filterBoard(board, filters, teams);
      renderAgents(view.agents, shown, teams);
      renderQueues(view.queues, shown.queues.values(), rules);
      renderSessionsNow(view.sessionsNow, shown.sessions.values());
      renderAlerts(view.alerts, alerts, acknowledge);
      renderToday(view.today, today, todayFailed);
      renderKpis(view.kpis, kpis, kpisFailed);
    });
  };

  let stopped = false;
  const refused = (error: unknown) => {
    if (!isRefusal(error)) return false;
    if (stopped) return true;
    stop();
    forgetKey();
    showSignIn(REFUSED_MESSAGE);
    return true;
  };

  const readTeams = () =>
    connection.run(DashboardTeamsDocument, {}, {
      next: (data) => {
        teams = teamsOf(data);
        render();
      },
      // Agents still show, under "No team".
      error: (error) => void refused(error),
    });
  const readToday = () =>
    connection.run(DashboardTodayDocument, todayWindow(), {
      next: (data) => {
        today = data;
        todayFailed = false;
        render();
      },
      error: (error) => {
        if (refused(error)) return;
        todayFailed = true;
        render();
      },
    });

  // Today's key figures, computed by the gateway (docs/wallboard.md); the tiles show a loading state until the first answer.
  const readKpis = () =>
    connection.run(LiveBoardKpisDocument, {}, {
      next: (data) => {
        kpis = data.liveBoard.kpis;
        kpisFailed = false;
        render();
      },
      error: (error) => {
        if (refused(error)) return;
        kpisFailed = true;
        render();
      },
    });

  // A manager acknowledges a firing alert: stored by the gateway and sent to every board on `alerts`.
  const acknowledge = (id: string) =>
    connection.run(AcknowledgeAlertDocument, { id }, {
      next: (data) => {
        const result = data.acknowledgeAlert;
        if (result?.__typename === 'MutationAcknowledgeAlertSuccess') applyAlert(alerts, result.alert);
        render();
      },
      error: (error) => {
        if (!refused(error)) render();
      },
    });

  const readRules = () =>
    connection.run(AlertRulesDocument, {}, {
      next: (data) => {
        rules = data.alertRules;
        render();
      },
      // A viewer key may not read the rules (FORBIDDEN): queues keep the default long wait.
      error: (error) => void refused(error),
    });

  const onState = (state: ConnectionState) => {
    renderConnection(view.connection, state);
    // Each connection reads what the board does not carry; the liveBoard subscription itself repaints from its first BOARD.
    if (state === 'live') {
      alertsReset(alerts);
      readTeams();
      readToday();
      readKpis();
      readRules();
      render();
    }
  };
  const connection: Connection = connect(key, onState);
  // The first board carries the alerts firing already (null, with a FORBIDDEN the page ignores, for a viewer key).
  const stopBoard = connection.run(LiveBoardDocument, { alerts: true }, {
    next: (data) => {
      applyEvent(board, data.liveBoard);
      applyBoardAlerts(alerts, data.liveBoard.board?.alerts);
      // A vendor back from an outage: its teams (and today's sessions) could not be read while it was away.
      if (data.liveBoard.vendor?.reachable) {
        readTeams();
        readToday();
      }
      render();
    },
    error: (error) => void refused(error),
  });
  const stopAlerts = connection.run(AlertsDocument, {}, {
    next: (data) => {
      applyAlert(alerts, data.alerts);
      render();
    },
    error: (error) => {
      if (refused(error)) return;
      alertsRefused(alerts, error);
      render();
    },
  });
  const todayTimer = setInterval(readToday, TODAY_REFRESH_MS);
  // Rules change rarely (admins); read with the figures.
  const kpiTimer = setInterval(() => {
    readKpis();
    readRules();
  }, KPI_REFRESH_MS);
  // Waits and session durations count on between events.
  const tick = setInterval(render, 1000);

  function stop() {
    stopped = true;
    clearInterval(todayTimer);
    clearInterval(kpiTimer);
    clearInterval(tick);
    stopBoard();
    stopAlerts();
    connection.close();
    view.signOut.onclick = null;
  }

  view.signIn.hidden = true;
  view.board.hidden = false;
  view.signOut.hidden = false;
  view.signOut.onclick = () => {
    stop();
    forgetKey();
    showSignIn(null);
  };
  render();
}

function showSignIn(message: string | null): void {
  view.board.hidden = true;
  view.signOut.hidden = true;
  view.vendors.replaceChildren();
  renderConnection(view.connection, message ? 'refused' : 'signed-out');
  view.signIn.hidden = false;
  renderSignIn(view.signIn, message, (key) => {
    rememberKey(key);
    start(key);
  });
}

const key = takeKey();
if (key) start(key);
else showSignIn(null);
