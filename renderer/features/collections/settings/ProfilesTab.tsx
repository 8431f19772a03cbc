import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Card } from '../../../components/Card'
import type { CollectionProfile } from '../../../domain/collections/types'
import { profileName } from '../explain'
import { ProfileEditor } from './ProfileEditor'

/** The collection profiles (business, public administration, small shop): each one's schedule of steps, editable. */
export function ProfilesTab({ profiles }: { profiles: CollectionProfile[] }) {
  const { t } = useTranslation('collections')
  const [selected, setSelected] = useState(String(profiles[0]?.id ?? 'business'))
  const profile = profiles.find((p) => p.id === selected) ?? profiles[0]
  return (
    <div className="coll-stack">
      <div className="coll-tabs coll-subtabs" role="tablist" aria-label={t('profiles.choose')}>
        {profiles.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            aria-selected={p.id === profile?.id}
            className={`coll-tab ${p.id === profile?.id ? 'is-active' : ''}`}
            onClick={() => setSelected(String(p.id))}
            data-testid={`profile-tab-${p.id}`}
          >
            {profileName(t, p)}
          </button>
        ))}
      </div>
      {profile ? (
        <Card title={profileName(t, profile)}>
          <p className="muted coll-intro">{t(`profiles.about.${profile.id}`, { defaultValue: t('profiles.about.custom') })}</p>
          {/* Keyed by profile and save time: switching or saving starts from what is stored. */}
          <ProfileEditor key={`${profile.id}-${profile.updatedAt}`} profile={profile} />
        </Card>
      ) : null}
    </div>
  )
}
