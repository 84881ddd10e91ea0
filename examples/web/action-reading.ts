// The actions reader, a chunk of its own: fetched only when a team chooses an actions file, so a
// page that rates a CSV audit does not carry it in its first load (at most 100 kB gzip).
export { ratedActions, trendActions } from 'hmip-ratings-sheets';
