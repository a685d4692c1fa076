/** Query keys of the idea bank: a change to an idea refreshes every list and the idea itself. */
export const ideasKey = ['ideas'] as const;
export const myIdeasKey = [...ideasKey, 'mine'] as const;
export const ideaKey = (id: string) => [...ideasKey, 'one', id] as const;
export const ideaListKey = [...ideasKey, 'list'] as const;
export const ideaCommentsKey = ['idea-comments'] as const;
