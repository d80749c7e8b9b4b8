/** The action's version, sent in the User-Agent (kept equal to package.json by a unit test). */
export const ACTION_VERSION = '0.1.0'
