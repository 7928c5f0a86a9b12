'use client'
// The few texts client components need (the error boundaries'), given by the root layout in the
// reader's language. A plain context rather than next-intl's client provider: that one ships an
// ICU message formatter to every page, for three sentences.
import { createContext, useContext } from 'react'

export type ErrorTexts = { errorTitle: string; errorBody: string; retry: string }

const Context = createContext<ErrorTexts>({ errorTitle: 'Something went wrong', errorBody: '', retry: 'Try again' })

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <Context.Provider value={texts}>{children}</Context.Provider>
}

export function useErrorTexts(): ErrorTexts {
  return useContext(Context)
}
