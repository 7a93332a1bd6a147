// The document model lives in src/shared so it can cross IPC for the builder's live preview;
// the writers keep importing it from here.
export type * from '../../shared/qbr/document';
