import { Fragment, type ReactNode } from 'react'

/** "Team / Maya Okafor / Summary": links to the screens above this one, then this one's name. */
export function Breadcrumb({ trail, current }: { trail: Array<{ label: string; href: string }>; current: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      {trail.map((step) => (
        <Fragment key={step.href}>
          <a href={step.href}>{step.label}</a>
          <span aria-hidden="true"> / </span>
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  )
}
